package io.github.kubecheck.netpol;

import io.github.kubecheck.model.Resource;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Turns the policies into per-class rule lists for the {@link Evaluator}: each policy's subject
 * is resolved once, and its rules are appended to the lists of the classes it selects.
 */
final class Compiler {

  final List<NetworkPolicy> networkPolicies = new ArrayList<>();
  final List<AdminNetworkPolicy> adminPolicies = new ArrayList<>();
  final Map<Object, BitSet> subjects = new IdentityHashMap<>();
  final Map<NetworkPolicy.Rule, CompiledRule> compiled = new IdentityHashMap<>();
  final Map<AdminNetworkPolicy.Rule, CompiledAdminRule> compiledAdmin = new IdentityHashMap<>();
  final Evaluator evaluator;
  final List<Cidr> outsideRanges;

  Compiler(Inventory inventory, Selection selection) {
    for (Resource r : inventory.objects) {
      if (NetworkPolicy.isNetworkPolicy(r)) {
        networkPolicies.add(NetworkPolicy.of(r));
      } else {
        AdminNetworkPolicy.of(r).ifPresent(adminPolicies::add);
      }
    }
    adminPolicies.sort(Comparator.comparing(AdminNetworkPolicy::tier)
        .thenComparingInt(AdminNetworkPolicy::priority)
        .thenComparing(AdminNetworkPolicy::name));
    int n = inventory.classes.size();
    int dirs = Direction.values().length;
    List<List<List<CompiledAdminRule>>> admin = lists(dirs, n);
    List<List<List<CompiledRule>>> rules = lists(dirs, n);
    List<List<List<CompiledAdminRule>>> baseline = lists(dirs, n);
    List<List<List<NetworkPolicy>>> isolating = lists(dirs, n);
    for (NetworkPolicy p : networkPolicies) {
      BitSet subject = selection.pods(p.namespace(), p.podSelector());
      subjects.put(p, subject);
      for (Direction d : p.policyTypes()) {
        List<CompiledRule> own = new ArrayList<>();
        for (NetworkPolicy.Rule rule : p.rules(d)) {
          CompiledRule c = new CompiledRule(p, rule, selection);
          compiled.put(rule, c);
          own.add(c);
        }
        for (int c = subject.nextSetBit(0); c >= 0; c = subject.nextSetBit(c + 1)) {
          isolating.get(d.ordinal()).get(c).add(p);
          rules.get(d.ordinal()).get(c).addAll(own);
        }
      }
    }
    for (AdminNetworkPolicy p : adminPolicies) {
      BitSet subject = p.subject().map(s -> selection.pods(s.namespaceSelector(),
          s.podSelector(), false)).orElseGet(BitSet::new);
      subjects.put(p, subject);
      var target = p.tier() == AdminNetworkPolicy.Tier.ADMIN ? admin : baseline;
      for (Direction d : Direction.values()) {
        List<CompiledAdminRule> own = new ArrayList<>();
        for (AdminNetworkPolicy.Rule rule : p.rules(d)) {
          CompiledAdminRule.of(p, rule, selection).ifPresent(c -> {
            compiledAdmin.put(rule, c);
            own.add(c);
          });
        }
        for (int c = subject.nextSetBit(0); c >= 0; c = subject.nextSetBit(c + 1)) {
          target.get(d.ordinal()).get(c).addAll(own);
        }
      }
    }
    evaluator = new Evaluator(
        arrays(admin, CompiledAdminRule[]::new, CompiledAdminRule[][]::new,
            CompiledAdminRule[][][]::new),
        arrays(rules, CompiledRule[]::new, CompiledRule[][]::new, CompiledRule[][][]::new),
        arrays(baseline, CompiledAdminRule[]::new, CompiledAdminRule[][]::new,
            CompiledAdminRule[][][]::new),
        frozen(isolating));
    outsideRanges = outsideRanges(inventory.podNetwork);
  }

  private static <T> List<List<List<T>>> lists(int dirs, int classes) {
    List<List<List<T>>> out = new ArrayList<>();
    for (int d = 0; d < dirs; d++) {
      List<List<T>> perClass = new ArrayList<>();
      for (int c = 0; c < classes; c++) {
        perClass.add(new ArrayList<>());
      }
      out.add(perClass);
    }
    return out;
  }

  /** The lists as arrays, indexed by direction, then class, for the evaluation loops. */
  private static <T> T[][][] arrays(List<List<List<T>>> lists, IntFunction<T[]> items,
      IntFunction<T[][]> perClass, IntFunction<T[][][]> perDirection) {
    T[][][] out = perDirection.apply(lists.size());
    for (int d = 0; d < lists.size(); d++) {
      out[d] = perClass.apply(lists.get(d).size());
      for (int c = 0; c < out[d].length; c++) {
        out[d][c] = lists.get(d).get(c).toArray(items);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<NetworkPolicy>[][] frozen(List<List<List<NetworkPolicy>>> lists) {
    List<NetworkPolicy>[][] out = new List[lists.size()][];
    for (int d = 0; d < lists.size(); d++) {
      out[d] = new List[lists.get(d).size()];
      for (int c = 0; c < out[d].length; c++) {
        out[d][c] = List.copyOf(lists.get(d).get(c));
      }
    }
    return out;
  }

  /**
   * The outside ranges the matrix lists: every CIDR the policies name (ipBlock cidrs and
   * excepts, admin networks) and {@code 0.0.0.0/0}, each standing for its addresses without the
   * narrower ones listed; ranges inside the pod network, or wholly carved up, are left out.
   */
  private List<Cidr> outsideRanges(List<Cidr> podNetwork) {
    TreeSet<Cidr> all = new TreeSet<>();
    all.add(Cidr.everything(4));
    for (NetworkPolicy p : networkPolicies) {
      for (Direction d : p.policyTypes()) {
        for (NetworkPolicy.Rule r : p.rules(d)) {
          for (NetworkPolicyPeer peer : r.peers()) {
            if (peer instanceof NetworkPolicyPeer.Block b) {
              all.add(b.block().cidr());
              all.addAll(b.block().except());
            }
          }
        }
      }
    }
    for (AdminNetworkPolicy p : adminPolicies) {
      for (AdminNetworkPolicy.Rule r : p.egress()) {
        for (AdminPeer peer : r.peers()) {
          if (peer instanceof AdminPeer.Networks n) {
            n.blocks().forEach(b -> all.add(b.cidr()));
          }
        }
      }
    }
    if (all.stream().anyMatch(c -> c.family() == 6)) {
      all.add(Cidr.everything(6));
    }
    List<Cidr> out = new ArrayList<>();
    for (Cidr c : all) {
      if (podNetwork.stream().noneMatch(p -> p.contains(c)) && !carvedUp(c, all)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** Whether the narrower ranges inside {@code c} cover every address of it. */
  private static boolean carvedUp(Cidr c, TreeSet<Cidr> all) {
    List<Cidr> inside = all.stream().filter(o -> !o.equals(c) && c.contains(o)).toList();
    BigInteger covered = BigInteger.ZERO;
    for (Cidr o : inside) {
      boolean maximal = inside.stream().noneMatch(x -> !x.equals(o) && x.contains(o));
      if (maximal) {
        covered = covered.add(BigInteger.ONE.shiftLeft(o.bits() - o.prefix()));
      }
    }
    return covered.equals(BigInteger.ONE.shiftLeft(c.bits() - c.prefix()));
  }

  Optional<CompiledAdminRule> compiledAdmin(AdminNetworkPolicy.Rule rule) {
    return Optional.ofNullable(compiledAdmin.get(rule));
  }

  Optional<CompiledRule> compiled(NetworkPolicy.Rule rule) {
    return Optional.ofNullable(compiled.get(rule));
  }
}
