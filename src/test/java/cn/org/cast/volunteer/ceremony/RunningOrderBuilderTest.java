package cn.org.cast.volunteer.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.selection.Pool;

/** The running order of a full symposium: 100 societies, 100 teams and 10 sub-venues, as K2 orders it. */
class RunningOrderBuilderTest {

  static final List<String> REGIONS = List.of("全国", "北京", "天津", "河北");

  final List<FlagRecipient> recipients = new ArrayList<>();
  final List<RunningOrderBuilder.VenueSlot> venues = IntStream.rangeClosed(1, 10)
      .mapToObj(i -> new RunningOrderBuilder.VenueSlot("V%02d".formatted(i), "分会场" + i, i == 10 ? "全国" : "北京", i != 7))
      .toList();

  RunningOrderBuilderTest() {
    for (int rank = 1; rank <= 100; rank++) {
      // Each society's organisation also has a team; teams rank in reverse, regions cycle.
      recipients.add(recipient(Pool.SOCIETY, "S" + rank, "H" + rank, REGIONS.get(rank % 4), rank));
      recipients.add(recipient(Pool.TEAM, "T" + rank, "H" + (101 - rank), REGIONS.get((101 - rank) % 4), rank));
    }
  }

  @Test
  void twoHundredFlagsInBatchesWithPresentersInTurnAndALinkPerVenue() {
    RunningOrderBuilder.Built built = build(FlagOrder.RANK, 20);

    assertThat(built.items()).extracting(CeremonyRepository.StoredItem::kind).startsWith(ProgrammeKind.OPENING,
        ProgrammeKind.LAUNCH, ProgrammeKind.CORPS_FLAG).endsWith(ProgrammeKind.CLOSING);
    List<CeremonyRepository.StoredItem> batches = of(built, ProgrammeKind.FLAG_BATCH);
    assertThat(batches).hasSize(10);
    assertThat(batches).extracting(CeremonyRepository.StoredItem::presenter)
        .containsExactly("甲", "乙", "丙", "甲", "乙", "丙", "甲", "乙", "丙", "甲");
    assertThat(batches.get(0).title()).isEqualTo("第1批授旗：学会20面");
    assertThat(batches.get(4).title()).isEqualTo("第5批授旗：学会20面");
    assertThat(batches.get(5).title()).isEqualTo("第6批授旗：科技志愿服务队20面");
    assertThat(built.slots()).hasSize(200).extracting(RunningOrderBuilder.FlagSlot::order)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
    assertThat(built.slots().get(0).candidateId()).isEqualTo("S1");
    assertThat(built.slots().get(100).candidateId()).isEqualTo("T1");

    List<CeremonyRepository.StoredItem> links = of(built, ProgrammeKind.VENUE_LINK);
    assertThat(links).hasSize(10).extracting(CeremonyRepository.StoredItem::venueCode).startsWith("V01").endsWith("V10");
    assertThat(links.get(6).title()).isEqualTo("播放录播视频：分会场7（北京）");
    assertThat(links.get(0).title()).isEqualTo("连线分会场1（北京）");
    assertThat(links.get(9).title()).as("a national society's venue").isEqualTo("连线分会场10");
    assertThat(of(built, ProgrammeKind.SHOWCASE)).hasSize(2);
    assertThat(of(built, ProgrammeKind.INTERVIEW)).hasSize(1);
  }

  @Test
  void eachItemStartsWhenThePreviousEnds() {
    List<CeremonyRepository.StoredItem> items = build(FlagOrder.RANK, 20).items();
    assertThat(items.get(0).startsAt()).isEqualTo(LocalTime.of(9, 30));
    for (int i = 1; i < items.size(); i++) {
      CeremonyRepository.StoredItem before = items.get(i - 1);
      assertThat(items.get(i).startsAt()).isEqualTo(before.startsAt().plusMinutes(before.minutes()));
      assertThat(items.get(i).position()).isEqualTo(i + 1);
    }
    // 3 + 5 + 3, ten batches of 20 flags at 4 minutes, 2 showcases at 5, 1 interview at 4, 10 links at 3, 2.
    CeremonyRepository.StoredItem last = items.get(items.size() - 1);
    assertThat(last.startsAt().plusMinutes(last.minutes())).isEqualTo(LocalTime.of(9, 30).plusMinutes(11 + 40 + 10 + 4 + 30 + 2));
  }

  @Test
  void byRegionTheNationalSocietiesComeFirstAndAProvincesRecipientsGoUpTogether() {
    List<RunningOrderBuilder.FlagSlot> slots = build(FlagOrder.REGION, 25).slots();
    List<String> regions = slots.stream().map(s -> regionOf(s.candidateId())).toList();
    assertThat(regions.subList(0, 50)).containsOnly("全国");
    assertThat(regions.subList(50, 100)).containsOnly("北京");
    assertThat(regions.subList(150, 200)).containsOnly("河北");
  }

  @Test
  void byHostAnOrganisationsSocietyAndTeamStandSideBySide() {
    List<RunningOrderBuilder.FlagSlot> slots = build(FlagOrder.HOST, 20).slots();
    // H1's society ranks first; its team (ranked 100th) follows it directly.
    assertThat(slots.get(0).candidateId()).isEqualTo("S1");
    assertThat(slots.get(1).candidateId()).isEqualTo("T100");
  }

  @Test
  void aSmallSelectionGetsOneShortBatch() {
    RunningOrderBuilder.Built built = RunningOrderBuilder.build("活动", settings(FlagOrder.RANK, 20),
        recipients.subList(0, 3), REGIONS, List.of());
    assertThat(of(built, ProgrammeKind.FLAG_BATCH)).singleElement()
        .satisfies(batch -> assertThat(batch.title()).isEqualTo("第1批授旗：学会2面、科技志愿服务队1面"))
        .satisfies(batch -> assertThat(batch.minutes()).isEqualTo(2));
    assertThat(of(built, ProgrammeKind.VENUE_LINK)).isEmpty();
  }

  private RunningOrderBuilder.Built build(FlagOrder order, int batchSize) {
    return RunningOrderBuilder.build("2019年全国科技工作者日科技志愿服务主题活动", settings(order, batchSize), recipients,
        REGIONS, venues);
  }

  private static RunningOrderBuilder.Settings settings(FlagOrder order, int batchSize) {
    return new RunningOrderBuilder.Settings(LocalTime.of(9, 30), "主持人", "启动领导", "总队授旗领导", "总队代表", order,
        batchSize, List.of("甲", "乙", "丙"), List.of("应急科普", "乡村振兴"), List.of("李明——科技特派员"), 3);
  }

  private String regionOf(String candidateId) {
    return recipients.stream().filter(r -> r.candidateId().equals(candidateId)).findFirst().orElseThrow().region();
  }

  private static List<CeremonyRepository.StoredItem> of(RunningOrderBuilder.Built built, ProgrammeKind kind) {
    return built.items().stream().filter(i -> i.kind() == kind).toList();
  }

  private static FlagRecipient recipient(Pool pool, String id, String host, String region, int rank) {
    return new FlagRecipient(pool, id, pool.label() + id, host, region, rank, null, null, null, null, null, null, null,
        null, null, null, null);
  }
}
