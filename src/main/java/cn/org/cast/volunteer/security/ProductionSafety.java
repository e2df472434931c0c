package cn.org.cast.volunteer.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start with a demo password, a default secret or demo data: a
 * mistake in the deployment must stop the app, not open it.
 */
@Component
@Profile("prod")
class ProductionSafety implements InitializingBean {

  /** Passwords that are public: the demo's (README), Camunda's and the database's defaults. */
  static final Set<String> PUBLIC_SECRETS = Set.of("Cast#Demo2019", "demo", "admin", "password", "postgres", "sa",
      "camunda", "changeme");
  static final int MIN_ADMIN_PASSWORD = 12;

  private final Environment environment;

  ProductionSafety(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("生产配置不安全，应用拒绝启动：" + String.join("；", problems));
    }
  }

  static List<String> problems(Environment environment) {
    List<String> problems = new ArrayList<>();
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      problems.add("不能同时启用 demo 配置（演示账号和演示数据）");
    }
    String admin = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (admin.length() < MIN_ADMIN_PASSWORD || PUBLIC_SECRETS.contains(admin)) {
      problems.add("管理员密码（CAST_ADMIN_PASSWORD）须为至少 " + MIN_ADMIN_PASSWORD + " 位且不是公开的默认密码");
    }
    if (PUBLIC_SECRETS.contains(environment.getProperty("spring.datasource.password", ""))) {
      problems.add("数据库密码（CAST_DB_PASSWORD）不能是默认密码");
    }
    if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
      problems.add("生产环境须使用 PostgreSQL（CAST_DB_URL），不能使用嵌入式 H2");
    }
    if (environment.getProperty("cast.demo.symposium", Boolean.class, false)) {
      problems.add("不能建立演示活动（cast.demo.symposium）");
    }
    return problems;
  }
}
