package io.github.kubecheck.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kind written wrongly is one problem: invalid-kind says so, unknown-kind stays quiet. */
class KindFindingsTest {

  private static final Checker CHECKER = new Checker(RuleRegistry.loadBuiltIn());

  @TempDir
  Path dir;

  private List<String> kindFindings(String kind, Set<String> rules) throws Exception {
    Files.writeString(dir.resolve("in.yaml"), """
        apiVersion: v1
        kind: %s
        metadata: {name: settings, namespace: shop}
        """.formatted(kind));
    return CHECKER.check(CheckRequest.of(List.of("in.yaml"), dir).withOnlyRules(rules))
        .findings().stream().map(Finding::rule).toList();
  }

  @Test
  void aLowerCaseKindIsReportedOnce() throws Exception {
    assertThat(kindFindings("configMap", Set.of("invalid-kind", "unknown-kind")))
        .containsExactly("invalid-kind");
  }

  @Test
  void unknownKindSpeaksWhenInvalidKindIsOff() throws Exception {
    assertThat(kindFindings("configMap", Set.of("unknown-kind"))).containsExactly("unknown-kind");
  }

  @Test
  void aWellFormedKindWithoutSchemaIsUnknown() throws Exception {
    assertThat(kindFindings("Gadget", Set.of("invalid-kind", "unknown-kind")))
        .containsExactly("unknown-kind");
  }
}
