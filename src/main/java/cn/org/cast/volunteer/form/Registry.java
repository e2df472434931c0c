package cn.org.cast.volunteer.form;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;

/**
 * Which of some organisation codes the registry does not hold: what a field that offers the registry's
 * organisations ({@link RegistryOptions}) accepts. On the server that is the live registry, which may hold more than
 * the list the deployed form shows (organisations added at run time).
 */
@FunctionalInterface
public interface Registry {

  /** The registry as its data file has it, as the deployed form lists it. */
  Registry DATA_FILE = codes -> {
    Set<String> known = OrganizationRegistry.readDataFile().stream().map(Organization::code).collect(Collectors.toSet());
    return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toCollection(TreeSet::new));
  };

  Set<String> unknown(Collection<String> codes);
}
