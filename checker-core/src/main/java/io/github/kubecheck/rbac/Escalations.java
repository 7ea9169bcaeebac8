package io.github.kubecheck.rbac;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rbac.AccessList.GrantedRule;
import io.github.kubecheck.rbac.Request.ResourceRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every escalation path of the cluster: whoever can create pods in a namespace, or any workload
 * whose controller creates them (ReplicationControllers, Deployments, ReplicaSets, StatefulSets,
 * DaemonSets, Jobs, CronJobs), can name any ServiceAccount of that namespace in the pod and act
 * with its token. A path is kept when the account may do something the subject may not, as the
 * API server's escalation check (Covers) would judge it.
 *
 * <p>What the account holds only through groups every service account is in
 * (system:serviceaccounts, system:authenticated) is not counted: any pod creator anywhere gets
 * that from the namespace's {@code default} account.
 *
 * <p>Each account's own rules are broken down once into pieces numbered across the cluster; a
 * subject's coverage of a piece is decided at most once per scope, and a pair stops at the
 * first piece the subject lacks, so a cluster-wide pod creator is checked against every account
 * without comparing rule sets again and again.
 */
public final class Escalations implements Analysis<EscalationReport> {

  public static final Escalations INSTANCE = new Escalations();

  /** The kinds whose creation puts a pod with a chosen ServiceAccount in the namespace. */
  private static final List<ResourceRequest> POD_CREATORS = List.of(
      create("", "pods"), create("", "replicationcontrollers"), create("apps", "deployments"),
      create("apps", "replicasets"), create("apps", "statefulsets"), create("apps", "daemonsets"),
      create("batch", "jobs"), create("batch", "cronjobs"));

  private Escalations() {}

  private static ResourceRequest create(String group, String resource) {
    return ResourceRequest.of("create", group, resource, "", "", "");
  }

  @Override
  public EscalationReport compute(Facts facts) {
    Map<String, Set<String>> accounts = new TreeMap<>();
    for (Resource r : facts.cluster().ofKind("ServiceAccount")) {
      if (r.group().isEmpty() && !r.name().isEmpty()) {
        accounts.computeIfAbsent(r.effectiveNamespace(), k -> new TreeSet<>()).add(r.name());
      }
    }
    return report(facts.get(Rbac.INSTANCE), accounts);
  }

  /** The paths over the given ServiceAccounts (namespace to names). */
  public static EscalationReport report(Authorizer auth, Map<String, Set<String>> byNamespace) {
    List<Subject> accounts = new ArrayList<>();
    Map<String, int[]> ranges = new LinkedHashMap<>();
    new TreeMap<>(byNamespace).forEach((ns, names) -> {
      int from = accounts.size();
      new TreeSet<>(names).forEach(n -> accounts.add(Subject.serviceAccount(ns, n)));
      ranges.put(ns, new int[] {from, accounts.size()});
    });
    Map<PolicyRule, Integer> universe = new HashMap<>();
    List<PolicyRule> pieces = new ArrayList<>();
    List<AccountPieces> own = new ArrayList<>();
    String[] userNames = new String[accounts.size()];
    for (int x = 0; x < accounts.size(); x++) {
      Subject account = accounts.get(x);
      userNames[x] = account.userName();
      List<String> scopes = new ArrayList<>();
      List<int[]> ids = new ArrayList<>();
      List<List<GrantedRule>> grants = new ArrayList<>();
      ownGrants(auth, account).forEach((scope, granted) -> {
        scopes.add(scope);
        grants.add(granted);
        ids.add(granted.stream().mapToInt(g -> universe.computeIfAbsent(g.rule(), r -> {
          pieces.add(r);
          return pieces.size() - 1;
        })).toArray());
      });
      own.add(new AccountPieces(scopes.toArray(String[]::new), ids.toArray(int[][]::new),
          List.copyOf(grants)));
    }
    EscalationReport report = new EscalationReport(accounts, own);
    RoleCoverage coverage = new RoleCoverage(auth, pieces);
    for (Creator c : creators(auth)) {
      UserInfo user = UserInfo.of(c.subject());
      if (user.isSuperuser()) {
        continue;
      }
      Held held = new Held(auth, user, coverage);
      int[] reached = new int[16];
      int count = 0;
      Iterable<String> namespaces = c.namespace().isEmpty() ? ranges.keySet()
          : List.of(c.namespace());
      for (String ns : namespaces) {
        int[] range = ranges.getOrDefault(ns, new int[] {0, 0});
        for (int x = range[0]; x < range[1]; x++) {
          if (own.get(x).scopes.length > 0 && !userNames[x].equals(user.name())
              && held.lacksAny(own.get(x))) {
            if (count == reached.length) {
              reached = java.util.Arrays.copyOf(reached, count * 2);
            }
            reached[count++] = x;
          }
        }
      }
      report.add(c.subject(), c.creation(), c.namespace(), held,
          java.util.Arrays.copyOf(reached, count));
    }
    return report;
  }

  /**
   * An account's own pieces per scope: as numbered in the cluster's universe, and with the
   * grants they come from (same order).
   */
  record AccountPieces(String[] scopes, int[][] pieces, List<List<GrantedRule>> grants) {}

  /** A subject that can create pods in a namespace (empty: every namespace). */
  private record Creator(Subject subject, EscalationPath.Creation creation, String namespace) {}

  /** The rule of a role that lets it create pods, and the resource it creates. */
  private record Creates(SourcedRule rule, String workload) {}

  /** Who can create pods where, from the first grant that lets them. */
  private static List<Creator> creators(Authorizer auth) {
    Map<Role, Creates> creating = new LinkedHashMap<>();
    for (ResourceRequest creates : POD_CREATORS) {
      auth.rolesAllowing(creates).forEach((role, rule) ->
          creating.putIfAbsent(role, new Creates(rule, creates.describeResource())));
    }
    List<Binding> granting = new ArrayList<>();
    creating.keySet().forEach(role -> granting.addAll(auth.bindingsOf(role)));
    granting.sort(Authorizer.ORDER);
    Map<String, Creator> out = new LinkedHashMap<>();
    for (Binding b : granting) {
      Role role = auth.roleOf(b).orElseThrow();
      Creates found = creating.get(role);
      for (Binding.BoundSubject s : b.subjects()) {
        if (s.subject().isEmpty()) {
          continue;
        }
        Subject subject = s.subject().get();
        String who = subject.kind() + "|" + subject.userName() + "|";
        if (out.containsKey(who)) {
          continue;
        }
        out.putIfAbsent(who + b.namespace(), new Creator(subject, new EscalationPath.Creation(
            new Via.Grant(b, role, found.rule()), s.index(), found.workload()), b.namespace()));
      }
    }
    return List.copyOf(out.values());
  }

  /** Which roles cover each piece, worked out once per piece through the rule index. */
  private static final class RoleCoverage {
    private final Authorizer auth;
    private final List<PolicyRule> pieces;
    private final List<Set<Role>> covering;

    RoleCoverage(Authorizer auth, List<PolicyRule> pieces) {
      this.auth = auth;
      this.pieces = pieces;
      this.covering = new ArrayList<>(java.util.Collections.nCopies(pieces.size(), null));
    }

    boolean covers(Role role, int piece) {
      Set<Role> roles = covering.get(piece);
      if (roles == null) {
        roles = auth.rolesCovering(pieces.get(piece));
        covering.set(piece, roles);
      }
      return roles.contains(role);
    }
  }

  /** What a subject holds, per scope: the roles its applicable bindings grant. */
  static final class Held {
    private final Authorizer auth;
    private final UserInfo user;
    private final RoleCoverage coverage;
    private final Set<String> ownNamespaces;
    private final Scope cluster;
    private final Map<String, Scope> local = new HashMap<>();

    /** The roles held in one scope and, per piece, whether they cover it (0 not yet known). */
    private record Scope(Role[] roles, byte[] known) {}

    Held(Authorizer auth, UserInfo user, RoleCoverage coverage) {
      this.auth = auth;
      this.user = user;
      this.coverage = coverage;
      this.ownNamespaces = Set.copyOf(auth.namespacesOf(user));
      this.cluster = scope("");
    }

    private Scope scope(String namespace) {
      return new Scope(auth.applicable(user, namespace).stream()
          .flatMap(b -> auth.roleOf(b).stream()).distinct().toArray(Role[]::new),
          new byte[coverage.pieces.size()]);
    }

    boolean lacksAny(AccountPieces account) {
      for (int i = 0; i < account.scopes().length; i++) {
        Scope held = scopeFor(account.scopes()[i]);
        for (int p : account.pieces()[i]) {
          if (!covered(held, p)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Per scope of the account, the grants of the pieces the subject lacks. */
    List<ScopedRules> gains(AccountPieces account) {
      List<ScopedRules> out = new ArrayList<>();
      for (int i = 0; i < account.scopes().length; i++) {
        Scope held = scopeFor(account.scopes()[i]);
        List<GrantedRule> missing = new ArrayList<>();
        int[] ids = account.pieces()[i];
        for (int j = 0; j < ids.length; j++) {
          if (!covered(held, ids[j])) {
            missing.add(account.grants().get(i).get(j));
          }
        }
        if (!missing.isEmpty()) {
          out.add(new ScopedRules(account.scopes()[i], AccessList.merge(missing)));
        }
      }
      return out;
    }

    /**
     * Per scope of the account, how many pieces the subject lacks, the first {@code shown} of
     * them in grant order, and the bindings they come from.
     */
    List<EscalationReport.Gain> brief(AccountPieces account, int shown) {
      List<EscalationReport.Gain> out = new ArrayList<>();
      for (int i = 0; i < account.scopes().length; i++) {
        Scope held = scopeFor(account.scopes()[i]);
        java.util.BitSet seen = new java.util.BitSet();
        List<PolicyRule> first = new ArrayList<>();
        Set<Via> via = new java.util.LinkedHashSet<>();
        int[] ids = account.pieces()[i];
        for (int j = 0; j < ids.length; j++) {
          if (!covered(held, ids[j]) && !seen.get(ids[j])) {
            seen.set(ids[j]);
            GrantedRule g = account.grants().get(i).get(j);
            if (first.size() < shown) {
              first.add(g.rule());
            }
            via.add(g.via());
          }
        }
        if (!seen.isEmpty()) {
          out.add(new EscalationReport.Gain(account.scopes()[i], seen.cardinality(), first,
              via.stream().map(Via::binding).distinct().toList()));
        }
      }
      return out;
    }

    /** Where no RoleBinding applies to the subject it holds its cluster-wide rules only. */
    private Scope scopeFor(String ns) {
      return ns.isEmpty() || !ownNamespaces.contains(ns) ? cluster
          : local.computeIfAbsent(ns, this::scope);
    }

    private boolean covered(Scope held, int p) {
      byte k = held.known()[p];
      if (k == 0) {
        k = 2;
        for (Role r : held.roles()) {
          if (coverage.covers(r, p)) {
            k = 1;
            break;
          }
        }
        held.known()[p] = k;
      }
      return k == 1;
    }
  }

  /**
   * What bindings give the account itself, or every account of its namespace: cluster-wide,
   * then per namespace of its RoleBindings, as broken-down pieces.
   */
  static Map<String, List<GrantedRule>> ownGrants(Authorizer auth, Subject account) {
    UserInfo self = new UserInfo(account.userName(),
        Set.of(UserInfo.SERVICE_ACCOUNTS + ":" + account.namespace()));
    Map<String, List<GrantedRule>> out = new LinkedHashMap<>();
    List<GrantedRule> cluster = auth.grantedRules(self, "");
    if (!cluster.isEmpty()) {
      out.put("", pieces(cluster));
    }
    for (String ns : auth.namespacesOf(self)) {
      // A request on a URL has no namespace, so a RoleBinding never grants one.
      List<GrantedRule> local = auth.grantedRules(self, ns).stream()
          .filter(g -> g.via() instanceof Via.Grant v && !v.source().isClusterBinding()
              && !g.rule().isNonResource())
          .toList();
      if (!local.isEmpty()) {
        out.put(ns, pieces(local));
      }
    }
    return out;
  }

  private static List<GrantedRule> pieces(List<GrantedRule> rules) {
    List<GrantedRule> out = new ArrayList<>();
    for (GrantedRule g : rules) {
      for (PolicyRule p : g.rule().breakdown()) {
        out.add(new GrantedRule(p, g.via()));
      }
    }
    return out;
  }
}
