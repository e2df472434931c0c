package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployed Camunda Form lets its user submit: the top-level variables its fields write, each
 * with the type of value it takes. Disabled fields and display components (text, table) submit
 * nothing, so they are not part of it.
 */
public record FormContract(String formId, Map<String, FieldType> fields) {

  public Set<String> submittableVariables() {
    return fields.keySet();
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormContract read(InputStream formJson) {
    try (formJson) {
      return of(JSON.readTree(formJson));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form", e);
    }
  }

  static FormContract of(JsonNode form) {
    Map<String, FieldType> variables = new LinkedHashMap<>();
    collect(form.path("components"), variables);
    return new FormContract(form.path("id").asText(), Map.copyOf(variables));
  }

  private static void collect(JsonNode components, Map<String, FieldType> variables) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        // A group or dynamic list with a path writes its enabled fields under the path's first segment.
        Map<String, FieldType> inner = new LinkedHashMap<>();
        collect(component.path("components"), inner);
        if (!inner.isEmpty()) {
          boolean list = "dynamiclist".equals(component.path("type").asText());
          variables.put(path.split("\\.")[0], list && !path.contains(".") ? FieldType.LIST : FieldType.OBJECT);
        }
      } else if (component.has("components")) {
        collect(component.path("components"), variables);
      } else if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        String key = component.path("key").asText();
        variables.put(key.split("\\.")[0],
            key.contains(".") ? FieldType.OBJECT : FieldType.of(component.path("type").asText()));
      }
    }
  }
}
