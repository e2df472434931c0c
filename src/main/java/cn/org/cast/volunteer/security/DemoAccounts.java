package cn.org.cast.volunteer.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's accounts (listed in the README). No other profile creates any account. */
@Component
@Profile("demo")
@Order(2)
class DemoAccounts implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

  /** id, surname, given name, group. Submitters belong to their organisation's group (its registry code). */
  static final List<List<String>> ACCOUNTS = List.of(
      List.of("organizer", "组织人事部", "王组织", Groups.ORGANIZERS),
      List.of("reviewer1", "审核人", "李审核", Groups.REVIEWERS),
      List.of("reviewer2", "审核人", "赵审核", Groups.REVIEWERS),
      List.of("reviewer3", "审核人", "钱审核", Groups.REVIEWERS),
      List.of("committee1", "遴选委员会", "陈委员", Groups.COMMITTEE),
      List.of("ceremony1", "仪式筹备组", "周筹备", Groups.CEREMONY),
      List.of("lead1", "仪式总负责", "吴总监", Groups.CEREMONY_LEAD),
      List.of("av1", "音视频工程师", "郑工", Groups.AV_ENGINEERS),
      List.of("chemsoc", "中国化学会", "张联络", "N006"),
      List.of("cmes", "中国机械工程学会", "刘联络", "N043"),
      List.of("bjast", "北京市科协", "孙联络", "P110000"),
      List.of("shast", "上海市科协", "钱联络", "P310000"),
      List.of("zjast", "浙江省科协", "沈联络", "P330000"),
      List.of("hbast", "湖北省科协", "黄联络", "P420000"),
      List.of("scast", "四川省科协", "蒋联络", "P510000"),
      List.of("cms", "中国数学会", "华联络", "N001"));

  private final IdentityService identityService;
  private final String password;
  private final String port;

  DemoAccounts(IdentityService identityService, @Value("${cast.demo.password}") String password,
      @Value("${server.port:8080}") String port) {
    this.identityService = identityService;
    this.password = password;
    this.port = port;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (List<String> account : ACCOUNTS) {
      String id = account.get(0);
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setLastName(account.get(1));
        user.setFirstName(account.get(2));
        user.setEmail(id + "@demo.example.org");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, account.get(3));
      }
    }
    LOG.info("演示账号已就绪。请在浏览器打开 http://localhost:{}/ 登录（账号与密码见 README）。", port);
  }
}
