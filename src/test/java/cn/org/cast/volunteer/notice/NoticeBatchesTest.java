package cn.org.cast.volunteer.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NoticeBatchesTest {

  @Test
  void recipientsGoInConsecutiveBatchesOfAtMostTheSizeTheLastOneShorter() {
    List<String> codes = IntStream.rangeClosed(1, 223).mapToObj(i -> String.format("N%03d", i)).toList();

    List<List<String>> batches = NoticeService.batches(codes, 100);

    assertThat(batches).extracting(List::size).containsExactly(100, 100, 23);
    assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(codes);
    // Each batch is stored as its execution's variable: a plain list the engine can serialise and read back.
    assertThat(batches).allSatisfy(batch -> assertThat(batch).isExactlyInstanceOf(ArrayList.class));
  }

  @Test
  void noRecipientsNoBatches() {
    assertThat(NoticeService.batches(List.of(), 100)).isEmpty();
  }
}
