package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The production profile's refusal to start with demo passwords, default secrets or demo data. */
class ProductionSafetyTest {

  @Test
  void aSoundProductionConfigurationStarts() {
    assertThat(ProductionSafety.problems(sound())).isEmpty();
    new ProductionSafety(sound()).afterPropertiesSet();
  }

  @Test
  void theDemoPasswordOrAShortOneIsRefused() {
    assertThat(ProductionSafety.problems(sound().withProperty("camunda.bpm.admin-user.password", "Cast#Demo2019")))
        .singleElement().asString().contains("管理员密码");
    assertThat(ProductionSafety.problems(sound().withProperty("camunda.bpm.admin-user.password", "short")))
        .singleElement().asString().contains("至少 12 位");
    assertThat(ProductionSafety.problems(sound().withProperty("camunda.bpm.admin-user.password", "")))
        .hasSize(1);
  }

  @Test
  void demoDataADefaultDatabasePasswordOrEmbeddedH2AreRefused() {
    MockEnvironment demo = sound();
    demo.setActiveProfiles("prod", "demo");
    assertThat(ProductionSafety.problems(demo)).singleElement().asString().contains("demo");
    assertThat(ProductionSafety.problems(sound().withProperty("spring.datasource.password", "postgres")))
        .singleElement().asString().contains("数据库密码");
    assertThat(ProductionSafety.problems(sound().withProperty("spring.datasource.url", "jdbc:h2:file:./data/x")))
        .singleElement().asString().contains("PostgreSQL");
    assertThat(ProductionSafety.problems(sound().withProperty("cast.demo.symposium", "true")))
        .singleElement().asString().contains("演示活动");
    assertThatThrownBy(() -> new ProductionSafety(sound().withProperty("spring.datasource.password", "sa")).afterPropertiesSet())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("生产配置不安全，应用拒绝启动");
  }

  private static MockEnvironment sound() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.password", "x7#Rq-Lm2!vZ9pQ")
        .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/cast")
        .withProperty("spring.datasource.password", "V9!q2mZ#t4Lw");
    environment.setActiveProfiles("prod");
    return environment;
  }
}
