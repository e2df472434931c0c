package cn.org.cast.volunteer.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** The registry as the other stages read it: they call this, never the registry's table. */
@Service
public class Organizations {

  private final OrganizationRepository repository;

  public Organizations(OrganizationRepository repository) {
    this.repository = repository;
  }

  /** Every active organisation, by code. */
  public List<Organization> active() {
    return repository.findAllActive();
  }

  public List<Organization> activeOfType(OrganizationType type) {
    return active().stream().filter(org -> org.type() == type).toList();
  }

  /** The active organisations among the codes (a user's groups, a form's choice), by code. */
  public List<Organization> activeAmong(Collection<String> codes) {
    return repository.findActiveByCodes(codes);
  }

  /** The organisation, active or not: records keep the code of one the registry since dropped. */
  public Optional<Organization> find(String code) {
    return repository.findByCode(code);
  }

  /** The codes, in order, that name no active organisation of the registry. */
  public SortedSet<String> unknownCodes(Collection<String> codes) {
    SortedSet<String> unknown = new TreeSet<>(codes);
    activeAmong(codes).forEach(org -> unknown.remove(org.code()));
    return unknown;
  }

  /** Each active organisation's name by its code, for lists that show names. */
  public Map<String, String> namesByCode() {
    return active().stream().collect(Collectors.toMap(Organization::code, Organization::name));
  }
}
