package io.github.kubecheck.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.rbac.Request.ResourceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two upstream algorithms that must agree on every concrete request: RuleAllows (the authorizer)
 * and ruleCovers over the request's broken-down piece (the escalation check). Random rules and
 * requests, seeded so a failure can be replayed.
 */
class ConsistencyTest {

  private static final List<String> VERBS = List.of("get", "list", "create", "update", "*");
  private static final List<String> GROUPS = List.of("", "apps", "batch", "*");
  private static final List<String> RESOURCES = List.of("pods", "pods/exec", "deployments",
      "deployments/scale", "*/scale", "secrets", "*");
  private static final List<String> NAMES = List.of("a", "b");

  @Test
  void ruleAllowsAgreesWithRuleCovers() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      PolicyRule rule = PolicyRule.resource(some(random, VERBS), some(random, GROUPS),
          some(random, RESOURCES), random.nextInt(3) == 0 ? some(random, NAMES) : List.of());
      String verb = concrete(random, VERBS);
      String group = concrete(random, GROUPS);
      String resource = concrete(random, RESOURCES);
      String name = random.nextBoolean() ? "" : NAMES.get(random.nextInt(NAMES.size()));
      String[] parts = resource.split("/", 2);
      ResourceRequest q = new ResourceRequest(verb, group, parts[0],
          parts.length == 2 ? parts[1] : "", name, "ns");
      PolicyRule piece = PolicyRule.resource(List.of(verb), List.of(group), List.of(resource),
          name.isEmpty() ? List.of() : List.of(name));
      assertThat(rule.allows(q)).as("%s on %s", rule, q).isEqualTo(rule.covers(piece));
    }
  }

  @Test
  void nonResourceUrlsAgreeToo() {
    Random random = new Random(11);
    List<String> urls = List.of("/healthz", "/healthz/*", "/api", "/api/*", "/*", "*");
    List<String> paths = List.of("/healthz", "/healthz/etcd", "/api", "/api/v1", "/metrics");
    for (int n = 0; n < 5_000; n++) {
      PolicyRule rule = PolicyRule.nonResource(some(random, VERBS), some(random, urls));
      String verb = concrete(random, VERBS);
      String path = paths.get(random.nextInt(paths.size()));
      assertThat(rule.allows(new Request.NonResourceRequest(verb, path)))
          .isEqualTo(rule.covers(PolicyRule.nonResource(List.of(verb), List.of(path))));
    }
  }

  private static List<String> some(Random random, List<String> from) {
    List<String> out = new ArrayList<>();
    for (String s : from) {
      if (random.nextInt(3) == 0) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      out.add(from.get(random.nextInt(from.size())));
    }
    return out;
  }

  /** A value a real request carries: no wildcards. */
  private static String concrete(Random random, List<String> from) {
    List<String> plain = from.stream().filter(s -> !s.contains("*")).toList();
    return plain.get(random.nextInt(plain.size()));
  }
}
