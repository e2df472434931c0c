package cn.org.cast.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordCodeTest {

  private final RecordCode teams = new RecordCode("T");

  @Test
  void aCodeIsTheLetterAndTheNumber() {
    assertThat(teams.of(12)).isEqualTo("T12");
    assertThat(teams.idOf("T12")).isEqualTo(12L);
  }

  @Test
  void caseAndSurroundingSpacesDoNotMatter() {
    assertThat(teams.idOf(" t7 ")).isEqualTo(7L);
  }

  @Test
  void anythingElseNamesNoRecord() {
    assertThat(teams.idOf(null)).isNull();
    assertThat(teams.idOf("")).isNull();
    assertThat(teams.idOf("C12")).isNull();
    assertThat(teams.idOf("T")).isNull();
    assertThat(teams.idOf("T1x")).isNull();
    assertThat(teams.idOf("T-1")).isNull();
    assertThat(teams.idOf("T1234567890123")).isNull();
    assertThat(teams.idOf("T123456789012")).isEqualTo(123456789012L);
  }
}
