package cn.org.cast.volunteer.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.FieldChecks;

/** The registry data file: the notice's recipients (seed N2), complete and well-formed. */
class OrganizationRegistryTest {

  private final List<Organization> registry = OrganizationRegistry.readDataFile();

  @Test
  void listsThe32ProvincialLevelAssociationsIncludingTheCorps() {
    List<Organization> provincial = ofType(OrganizationType.PROVINCIAL_ASSOCIATION);
    assertThat(provincial).hasSize(32);
    assertThat(provincial).extracting(Organization::name)
        .contains("北京市科学技术协会", "西藏自治区科学技术协会", "新疆生产建设兵团科学技术协会");
    assertThat(provincial).allSatisfy(org -> assertThat(org.code()).matches("P\\d{6}"));
  }

  @Test
  void listsAtLeast150NationalSocietiesWithTheirSectors() {
    List<Organization> societies = ofType(OrganizationType.NATIONAL_SOCIETY);
    assertThat(societies).hasSizeGreaterThanOrEqualTo(150);
    assertThat(societies).extracting(Organization::name).contains("中国化学会", "中国机械工程学会", "中华医学会");
    assertThat(societies).extracting(Organization::sector).containsOnly("理科", "工科", "农科", "医科", "交叉学科");
  }

  @Test
  void codesAndNamesAreUniqueAndEveryOrganisationHasContactAndLeadershipAddresses() {
    assertThat(registry).extracting(Organization::code).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z0-9]+"));
    assertThat(registry).extracting(Organization::name).doesNotHaveDuplicates();
    assertThat(registry).allSatisfy(org -> {
      assertThat(FieldChecks.EMAIL.matcher(org.email()).matches()).as(org.code()).isTrue();
      assertThat(FieldChecks.EMAIL.matcher(org.leaderEmail()).matches()).as(org.code()).isTrue();
      assertThat(org.region()).as(org.code()).isNotBlank();
    });
  }

  @Test
  void demoSubmittersBelongToRealRegistryOrganisations() {
    Map<String, String> names = registry.stream()
        .collect(Collectors.toMap(Organization::code, Organization::name, (a, b) -> a));
    assertThat(names).containsEntry("N006", "中国化学会").containsEntry("N043", "中国机械工程学会")
        .containsEntry("P110000", "北京市科学技术协会");
  }

  private List<Organization> ofType(OrganizationType type) {
    return registry.stream().filter(org -> org.type() == type).collect(Collectors.toList());
  }

}
