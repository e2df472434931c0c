package cn.org.cast.volunteer.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.Groups;

/**
 * The demo's grassroots centres (profile demo): a few in pilot counties of the demo accounts' provinces,
 * so that a pairing can be requested at once; the Lushan county centre already paired with the Sichuan
 * association, so the coverage report shows a covered county. Created only where missing.
 */
@Component
@Profile("demo")
@Order(4)
class DemoCentres implements ApplicationRunner {

  private static final String REGISTRAR = "organizer";
  private static final List<CentreRegistration> CENTRES = List.of(
      centre("海淀区新时代文明实践中心", CentreKind.CIVILIZATION_PRACTICE_CENTRE, "北京", "110108", "北京市海淀区",
          "北京市海淀区长春桥路1号"),
      centre("海淀区学院路街道党群服务中心", CentreKind.PARTY_MASS_SERVICE_CENTRE, "北京", "110108", "北京市海淀区",
          "北京市海淀区学院路1号"),
      centre("洪山区新时代文明实践中心", CentreKind.CIVILIZATION_PRACTICE_CENTRE, "湖北", "420111", "武汉市洪山区",
          "武汉市洪山区珞喻路1号"),
      centre("洪山区关山街道党群服务中心", CentreKind.PARTY_MASS_SERVICE_CENTRE, "湖北", "420111", "武汉市洪山区",
          "武汉市洪山区关山大道1号"),
      centre("浦东新区新时代文明实践中心", CentreKind.CIVILIZATION_PRACTICE_CENTRE, "上海", "310115", "上海市浦东新区",
          "上海市浦东新区世纪大道1号"),
      centre("西湖区新时代文明实践中心", CentreKind.CIVILIZATION_PRACTICE_CENTRE, "浙江", "330106", "杭州市西湖区",
          "杭州市西湖区文三路1号"),
      centre("西湖区转塘街道新时代文明实践所", CentreKind.CIVILIZATION_PRACTICE_INSTITUTE, "浙江", "330106", "杭州市西湖区",
          "杭州市西湖区转塘街道1号"),
      centre("芦山县新时代文明实践中心", CentreKind.CIVILIZATION_PRACTICE_CENTRE, "四川", "511826", "雅安市芦山县",
          "雅安市芦山县芦阳镇1号"),
      centre("芦阳镇党群服务中心", CentreKind.PARTY_MASS_SERVICE_CENTRE, "四川", "511826", "雅安市芦山县",
          "雅安市芦山县芦阳镇2号"));
  /** The pairing on record from the start: the Sichuan association with the Lushan county centre. */
  private static final String PAIRED_CENTRE = "芦山县新时代文明实践中心";
  private static final String PAIRED_ORGANISATION = "P510000";

  private final CentreRepository centres;
  private final PairingRepository pairings;
  private final Clock clock;

  DemoCentres(CentreRepository centres, PairingRepository pairings, Clock clock) {
    this.centres = centres;
    this.pairings = pairings;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (CentreRegistration centre : CENTRES) {
      if (centres.exists(centre.countyCode(), centre.name())) {
        continue;
      }
      long id = centres.register(centre, REGISTRAR);
      if (centre.name().equals(PAIRED_CENTRE)) {
        LocalDate today = LocalDate.now(clock);
        long pairing = pairings.request(id, PAIRED_ORGANISATION, null, new PairingRequest(Centre.code(id),
            PairingParty.ORGANIZATION, null, "每月开展一次乡村科普讲座和农业技术培训，组织科技志愿者驻点服务。", "蒋联络",
            "13800138000", today, today.plusYears(3)), Groups.ORGANIZERS, "scast");
        pairings.decide(pairing, PairingStatus.ACTIVE, REGISTRAR, null);
      }
    }
  }

  private static CentreRegistration centre(String name, CentreKind kind, String province, String countyCode,
      String countyName, String address) {
    return new CentreRegistration(name, kind, province, countyCode, countyName, address, "阵地联系人", "13800138000");
  }
}
