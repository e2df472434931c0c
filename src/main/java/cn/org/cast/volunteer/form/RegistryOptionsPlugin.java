package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the forms with the registry's options written in ({@link RegistryOptions}), so that Tasklist shows
 * them and the server checks against them. Each form keeps the name it is deployed under, so an unchanged
 * registry deploys nothing new.
 */
@Component
class RegistryOptionsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
      spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
          .map(resource -> isForm(resource) ? filled(resource) : resource).toArray(Resource[]::new));
    }
  }

  private static boolean isForm(Resource resource) {
    return resource.getFilename() != null && resource.getFilename().endsWith(".form");
  }

  private static Resource filled(Resource form) {
    try {
      return new NamedResource(RegistryOptions.fill(form.getInputStream().readAllBytes()), deployedName(form));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + form, e);
    }
  }

  /** The name the engine's auto-deployment gives a file: its path where it is a file, else its file name. */
  private static String deployedName(Resource resource) {
    try {
      return resource.getFile().getAbsolutePath();
    } catch (IOException inJar) {
      return resource.getFilename();
    }
  }

  /** The auto-deployment names a byte array resource by its description. */
  private static final class NamedResource extends ByteArrayResource {
    private final String name;

    NamedResource(byte[] content, String name) {
      super(content, name);
      this.name = name;
    }

    @Override
    public String getDescription() {
      return name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return super.equals(other) && name.equals(((NamedResource) other).name);
    }

    @Override
    public int hashCode() {
      return super.hashCode() * 31 + name.hashCode();
    }
  }
}
