package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployed Camunda Form lets its user submit: the top-level variables its fields write.
 * Disabled fields and display components (text, table) submit nothing, so they are not part of it.
 */
public record FormContract(String formId, Set<String> submittableVariables) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormContract read(InputStream formJson) {
    try (formJson) {
      JsonNode form = JSON.readTree(formJson);
      Set<String> variables = new LinkedHashSet<>();
      collect(form.path("components"), variables);
      return new FormContract(form.path("id").asText(), Set.copyOf(variables));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form", e);
    }
  }

  private static void collect(JsonNode components, Set<String> variables) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        // A group or dynamic list with a path writes its enabled fields under the path's first segment.
        Set<String> inner = new LinkedHashSet<>();
        collect(component.path("components"), inner);
        if (!inner.isEmpty()) {
          variables.add(path.split("\\.")[0]);
        }
      } else if (component.has("components")) {
        collect(component.path("components"), variables);
      } else if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        variables.add(component.path("key").asText().split("\\.")[0]);
      }
    }
  }
}
