package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of one resource that the container and Jersey accept reads as that resource. */
class EngineRequestTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "/engine-rest/task/T1/resolve",
      "/engine-rest/task/T1/resolve/",
      "/engine-rest/engine/default/task/T1/resolve",
      "/engine-rest/engine/other/task/T1/resolve//",
      "/engine-rest//task///T1/resolve",
      "/engine-rest/task;jsessionid=abc/T1/resolve;x=y",
      "/engine-rest/%74ask/T1/%72esolve",
      "/engine-rest/%2574ask/T1/resolve",
      "/engine-rest/task/x/../T1/./resolve",
      "/ENGINE-REST/Task/T1/RESOLVE",
      "/camunda/api/engine/engine/default/task/T1/resolve",
      "/camunda/api/engine/engine/default/task/T1/resolve/",
      "/camunda//api/engine/engine/default/task/T1/resolve"})
  void everySpellingNamesTheSameResource(String path) {
    EngineRequest request = EngineRequest.parse("post", path).orElseThrow();

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualToIgnoringCase("task/T1/resolve");
    assertThat(request.segment(1)).isEqualTo("T1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/tasks/T1/documents", "/camunda/app/tasklist/default/", "/login", "/engine-restx/task"})
  void otherPathsAreNotTheEngines(String path) {
    assertThat(EngineRequest.parse("GET", path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda/api/engine/task/count", "/camunda/api/engine/other/task"})
  void theWebappsEngineApiHasNothingButTheEngines(String path) {
    assertThat(EngineRequest.parse("GET", path).orElseThrow().segments()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/engine", "/camunda/api/engine/engine", "/camunda/api/engine/engine/"})
  void theListOfEnginesIsItsOwnResource(String path) {
    assertThat(EngineRequest.parse("GET", path).orElseThrow().segments()).isEqualTo(List.of("engine"));
  }
}
