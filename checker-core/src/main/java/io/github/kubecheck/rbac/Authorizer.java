package io.github.kubecheck.rbac;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rbac.AccessList.GrantedRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kubernetes RBAC authorizer over a fixed set of roles and bindings
 * (plugin/pkg/auth/authorizer/rbac with pkg/registry/rbac/validation's rule resolver): a request
 * is allowed when a ClusterRoleBinding, or a RoleBinding in the request's namespace, applies to
 * the user and refers to a role one of whose rules allows it. Nothing denies.
 *
 * <p>Bindings are indexed by the user name and groups they name and by the role they refer to,
 * so a question visits only the bindings that can matter.
 */
public final class Authorizer {

  /** Visiting order: ClusterRoleBindings by name, then RoleBindings by namespace and name. */
  public static final Comparator<Binding> ORDER = Comparator
      .comparing((Binding b) -> !b.isClusterBinding())
      .thenComparing(Binding::namespace).thenComparing(Binding::name);
  private static final PolicyRule ALL_RESOURCES = PolicyRule.resource(List.of("*"),
      List.of("*"), List.of("*"), List.of());
  private static final PolicyRule ALL_URLS = PolicyRule.nonResource(List.of("*"), List.of("*"));

  private final Map<String, Role> roles;
  private final Map<Role, List<SourcedRule>> effective;
  private final List<Binding> bindings;
  private final List<Binding> clusterBindings;
  private final Map<String, List<Binding>> bySubject;
  private final Map<Binding, Role> resolved = new HashMap<>();
  private final RuleIndex index;
  private final Map<Role, List<Binding>> clusterBindingsByRole = new HashMap<>();
  private final Map<String, Map<Role, List<Binding>>> roleBindingsByRole = new HashMap<>();
  private final Map<Role, List<Binding>> bindingsByRole = new HashMap<>();

  private Authorizer(Map<String, Role> roles, List<Binding> bindings) {
    this.roles = Collections.unmodifiableMap(roles);
    this.effective = Aggregation.effectiveRules(roles.values());
    List<Binding> sorted = new ArrayList<>(bindings);
    sorted.sort(ORDER);
    this.bindings = List.copyOf(sorted);
    List<Binding> crbs = new ArrayList<>();
    Map<String, List<Binding>> subjects = new HashMap<>();
    for (Binding b : this.bindings) {
      if (b.isClusterBinding()) {
        crbs.add(b);
      }
      Set<String> keys = new LinkedHashSet<>();
      for (Binding.BoundSubject s : b.subjects()) {
        s.subject().ifPresent(subject -> keys.add(subjectKey(subject)));
      }
      for (String k : keys) {
        subjects.computeIfAbsent(k, x -> new ArrayList<>()).add(b);
      }
    }
    for (Binding b : this.bindings) {
      Role r = b.roleKey().map(roles::get).orElse(null);
      if (r == null) {
        continue;
      }
      resolved.put(b, r);
      Map<Role, List<Binding>> byRole = b.isClusterBinding() ? clusterBindingsByRole
          : roleBindingsByRole.computeIfAbsent(b.namespace(), k -> new HashMap<>());
      byRole.computeIfAbsent(r, k -> new ArrayList<>()).add(b);
      bindingsByRole.computeIfAbsent(r, k -> new ArrayList<>()).add(b);
    }
    this.index = new RuleIndex(effective);
    this.clusterBindings = List.copyOf(crbs);
    this.bySubject = subjects;
  }

  /**
   * The authorizer over the objects that exist and the input applied on top: an input object
   * replaces an existing one of the same kind, namespace and name.
   */
  public static Authorizer of(List<Resource> existing, List<Resource> input) {
    Set<Resource> fromInput = Collections.newSetFromMap(new IdentityHashMap<>());
    fromInput.addAll(input);
    Map<String, Role> roles = new LinkedHashMap<>();
    Map<String, Binding> bindings = new LinkedHashMap<>();
    List<Resource> all = new ArrayList<>(existing);
    all.addAll(input);
    for (Resource r : all) {
      boolean in = fromInput.contains(r);
      Role.of(r, in).ifPresent(role -> roles.put(role.key(), role));
      Binding.of(r, in).ifPresent(b -> bindings.put(b.resource().kind() + "/" + b.namespace()
          + "/" + b.name(), b));
    }
    return new Authorizer(roles, new ArrayList<>(bindings.values()));
  }

  private static String subjectKey(Subject s) {
    return s.kind().equals(Subject.GROUP) ? "g:" + s.name() : "u:" + s.userName();
  }

  public List<Role> roles() {
    return List.copyOf(roles.values());
  }

  /** Every binding: ClusterRoleBindings by name, then RoleBindings by namespace and name. */
  public List<Binding> bindings() {
    return bindings;
  }

  public List<Binding> clusterBindings() {
    return clusterBindings;
  }

  public Optional<Role> role(String key) {
    return Optional.ofNullable(roles.get(key));
  }

  /** The role a binding grants, when it exists. */
  public Optional<Role> roleOf(Binding b) {
    return Optional.ofNullable(resolved.get(b));
  }

  /**
   * A role's rules as the authorizer reads them: its own, or for an aggregated ClusterRole the
   * rules the aggregation controller gathers from the ClusterRoles it selects.
   */
  public List<SourcedRule> effectiveRules(Role role) {
    return effective.getOrDefault(role, List.of());
  }

  /**
   * The bindings that apply to the user in the namespace (ClusterRoleBindings, and RoleBindings
   * of the namespace when it is not empty), in visiting order.
   */
  public List<Binding> applicable(UserInfo user, String namespace) {
    Set<Binding> found = new TreeSet<>(ORDER);
    if (!user.name().isEmpty()) {
      found.addAll(bySubject.getOrDefault("u:" + user.name(), List.of()));
    }
    for (String g : user.groups()) {
      found.addAll(bySubject.getOrDefault("g:" + g, List.of()));
    }
    List<Binding> out = new ArrayList<>();
    for (Binding b : found) {
      if (b.isClusterBinding() || !namespace.isEmpty() && b.namespace().equals(namespace)) {
        out.add(b);
      }
    }
    return out;
  }

  /** Every namespace where a RoleBinding applies to the user, sorted. */
  public List<String> namespacesOf(UserInfo user) {
    Set<String> out = new TreeSet<>();
    Set<Binding> found = new LinkedHashSet<>();
    if (!user.name().isEmpty()) {
      found.addAll(bySubject.getOrDefault("u:" + user.name(), List.of()));
    }
    for (String g : user.groups()) {
      found.addAll(bySubject.getOrDefault("g:" + g, List.of()));
    }
    for (Binding b : found) {
      if (!b.isClusterBinding() && roleOf(b).isPresent()) {
        out.add(b.namespace());
      }
    }
    return List.copyOf(out);
  }

  /** Authorize: allowed when any applicable grant has a rule that allows the request. */
  public Decision authorize(UserInfo user, Request request) {
    List<Via> via = new ArrayList<>();
    for (Binding b : applicable(user, request.namespace())) {
      Optional<Role> role = roleOf(b);
      if (role.isEmpty()) {
        continue;
      }
      firstAllowing(role.get(), request).ifPresent(r -> via.add(new Via.Grant(b, role.get(), r)));
    }
    if (via.isEmpty() && user.isSuperuser()) {
      via.add(new Via.Superuser());
    }
    return new Decision(!via.isEmpty(), via);
  }

  private Optional<SourcedRule> firstAllowing(Role role, Request request) {
    for (SourcedRule r : effectiveRules(role)) {
      if (r.rule().allows(request)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Every subject a binding names who can make the request, with the grants that let it; the
   * system:masters group always can.
   */
  public List<SubjectAccess> whoCan(Request request) {
    Map<Role, SourcedRule> allowing = index.allowing(request);
    List<Binding> granting = new ArrayList<>();
    Map<Role, List<Binding>> local = request.namespace().isEmpty() ? Map.of()
        : roleBindingsByRole.getOrDefault(request.namespace(), Map.of());
    for (Role role : allowing.keySet()) {
      granting.addAll(clusterBindingsByRole.getOrDefault(role, List.of()));
      granting.addAll(local.getOrDefault(role, List.of()));
    }
    granting.sort(ORDER);
    Map<Subject, List<Via>> found = new LinkedHashMap<>();
    for (Binding b : granting) {
      Role role = resolved.get(b);
      addSubjects(found, b, new Via.Grant(b, role, allowing.get(role)));
    }
    found.computeIfAbsent(Subject.group(UserInfo.MASTERS), k -> new ArrayList<>(
        List.of(new Via.Superuser())));
    List<SubjectAccess> out = new ArrayList<>();
    found.forEach((s, v) -> out.add(new SubjectAccess(s, v)));
    out.sort(Comparator.comparing(SubjectAccess::subject, Subject.ORDER));
    return out;
  }

  /** Every role one of whose effective rules allows the request, with the first such rule. */
  public Map<Role, SourcedRule> rolesAllowing(Request request) {
    return index.allowing(request);
  }

  /** The roles whose effective rules cover a piece (one verb on one resource or URL). */
  public Set<Role> rolesCovering(PolicyRule piece) {
    return index.covering(piece);
  }

  /** The bindings that grant the role: ClusterRoleBindings, then RoleBindings, in order. */
  public List<Binding> bindingsOf(Role role) {
    return List.copyOf(bindingsByRole.getOrDefault(role, List.of()));
  }

  private static void addSubjects(Map<Subject, List<Via>> found, Binding b, Via grant) {
    for (Binding.BoundSubject s : b.subjects()) {
      s.subject().ifPresent(subject -> {
        List<Via> v = found.computeIfAbsent(subject, k -> new ArrayList<>());
        if (!v.contains(grant)) {
          v.add(grant);
        }
      });
    }
  }

  /** The rules that apply to the user in the namespace (empty: cluster-wide), with grants. */
  public List<GrantedRule> grantedRules(UserInfo user, String namespace) {
    List<GrantedRule> out = new ArrayList<>();
    if (user.isSuperuser()) {
      Via su = new Via.Superuser();
      out.add(new GrantedRule(ALL_RESOURCES, su));
      out.add(new GrantedRule(ALL_URLS, su));
    }
    for (Binding b : applicable(user, namespace)) {
      Optional<Role> role = roleOf(b);
      if (role.isEmpty()) {
        continue;
      }
      for (SourcedRule r : effectiveRules(role.get())) {
        out.add(new GrantedRule(r.rule(), new Via.Grant(b, role.get(), r)));
      }
    }
    return out;
  }

  /**
   * A subject's effective rules as {@code kubectl auth can-i --list} shows them: in the given
   * namespace, or when none is given cluster-wide and then in every namespace where a
   * RoleBinding applies to it.
   */
  public List<ScopedRules> rulesOf(UserInfo user, Optional<String> namespace) {
    List<String> scopes = new ArrayList<>();
    if (namespace.isPresent()) {
      scopes.add(namespace.get());
    } else {
      scopes.add("");
      scopes.addAll(namespacesOf(user));
    }
    List<ScopedRules> out = new ArrayList<>();
    for (String ns : scopes) {
      out.add(new ScopedRules(ns, AccessList.merge(grantedRules(user, ns))));
    }
    return out;
  }
}
