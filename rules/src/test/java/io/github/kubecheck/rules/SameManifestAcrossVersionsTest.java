package io.github.kubecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One manifest, checked against each Kubernetes version: valid (only deprecated) while its
 * apiVersions are served, then removed as each is: flowcontrol v1beta2 FlowSchema in 1.29 and
 * v1beta3 PriorityLevelConfiguration in 1.32 (the deprecated API migration guide). Nothing else
 * of the schema or API-version rules speaks at any version: no schema errors, no unknown kind.
 */
class SameManifestAcrossVersionsTest {

  private static final Checker CHECKER = new Checker(RuleRegistry.loadBuiltIn());
  private static final Set<Category> JUDGED = Set.of(Category.SCHEMA, Category.API_VERSION);

  @ParameterizedTest(name = "Kubernetes {0}")
  @CsvSource({
      "1.27, 1 deprecated-api; 18 deprecated-api",
      "1.28, 1 deprecated-api; 18 deprecated-api",
      "1.29, 1 removed-api; 18 deprecated-api",
      "1.31, 1 removed-api; 18 deprecated-api",
      "1.32, 1 removed-api; 18 removed-api",
      "1.36, 1 removed-api; 18 removed-api"})
  void servedThenRemoved(String version, String expected) throws Exception {
    CheckResult result = CHECKER.check(CheckRequest.of(List.of("flowcontrol.yaml"),
        Path.of("src/test/resources/across-versions")).withKubeVersion(version));
    List<String> actual = result.findings().stream()
        .filter(f -> JUDGED.contains(f.category()))
        .map(f -> f.span().line() + " " + f.rule())
        .toList();
    assertThat(String.join("; ", actual)).isEqualTo(expected);
  }
}
