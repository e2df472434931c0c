package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.org.cast.volunteer.organization.OrganizationRegistry;

/**
 * The registry's organisations, or the provincial regions they are in, as the options of a form's picker. A field
 * that offers them says so ({@code "properties": {"optionsFrom": "registry/organizations.csv"}}, or
 * {@code "registry/provinces"}) instead of holding a copy of the list; its options are written in when the form is
 * deployed, from the same file the registry is read from.
 */
final class RegistryOptions {

  static final String SOURCE = "registry/organizations.csv";
  static final String PROVINCES = "registry/provinces";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RegistryOptions() {}

  /** The form with the registry's options in every field that asks for them; any other form as it is. */
  public static byte[] fill(byte[] formJson) {
    try {
      JsonNode form = JSON.readTree(formJson);
      return fill(form.path("components")) ? JSON.writeValueAsBytes(form) : formJson;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form", e);
    }
  }

  private static boolean fill(JsonNode components) {
    boolean filled = false;
    for (JsonNode component : components) {
      String source = component.path("properties").path("optionsFrom").asText("");
      if (!source.isEmpty()) {
        ArrayNode values = ((ObjectNode) component).putArray("values");
        switch (source) {
          case SOURCE -> OrganizationRegistry.readDataFile().forEach(organization -> values.addObject()
              .put("label", organization.name() + "（" + organization.code() + "）").put("value", organization.code()));
          case PROVINCES -> OrganizationRegistry.provincialRegions().forEach(region -> values.addObject()
              .put("label", region).put("value", region));
          default -> throw new IllegalStateException(
              "unknown options source " + source + " in field " + component.path("key"));
        }
        filled = true;
      }
      filled |= fill(component.path("components"));
    }
    return filled;
  }
}
