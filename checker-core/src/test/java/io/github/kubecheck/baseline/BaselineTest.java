package io.github.kubecheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kubecheck.CheckResult;
import io.github.kubecheck.model.ObjectId;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.source.InputException;
import io.github.kubecheck.yaml.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Matching by rule, object and path: lines move, files are renamed, new findings still show. */
class BaselineTest {

  private static final ObjectId WEB = new ObjectId("apps/v1", "Deployment", "shop", "web");

  private static Finding finding(String rule, String file, int line, ObjectId id, String path) {
    return new Finding(rule, Category.SECURITY, Severity.ERROR, rule + " at " + path,
        Span.at(file, line, 3), Optional.ofNullable(id), Optional.ofNullable(path), "fix it");
  }

  private static CheckResult result(Finding... findings) {
    return new CheckResult("1.31", 1, 1, List.of(findings), 0, Map.of());
  }

  @Test
  void keepsOnlyFindingsTheBaselineDoesNotRecord() {
    Baseline b = Baseline.of(result(
        finding("privileged", "web.yaml", 20, WEB, "spec.template.spec.containers[0]")));
    CheckResult later = b.apply(result(
        finding("privileged", "web.yaml", 31, WEB, "spec.template.spec.containers[0]"),
        finding("privileged", "web.yaml", 40, WEB, "spec.template.spec.containers[1]")));
    assertThat(later.findings()).extracting(f -> f.span().line()).containsExactly(40);
    assertThat(later.baselined()).isEqualTo(1);
  }

  @Test
  void movingTheObjectToAnotherFileOrApiVersionKeepsItBaselined() {
    Baseline b = Baseline.of(result(finding("privileged", "old.yaml", 5, WEB, "spec")));
    ObjectId moved = new ObjectId("apps/v1beta2", "Deployment", "shop", "web");
    assertThat(b.apply(result(finding("privileged", "new/web.yaml", 9, moved, "spec")))
        .findings()).isEmpty();
    ObjectId other = new ObjectId("apps/v1", "Deployment", "shop", "api");
    assertThat(b.apply(result(finding("privileged", "old.yaml", 5, other, "spec"))).findings())
        .hasSize(1);
  }

  @Test
  void countsAreKeptSoASecondIdenticalFindingIsNew() {
    Finding one = finding("duplicate-key", "a.yaml", 3, WEB, "metadata.labels");
    Baseline b = Baseline.of(result(one));
    CheckResult later = b.apply(result(one, finding("duplicate-key", "a.yaml", 7, WEB,
        "metadata.labels")));
    assertThat(later.findings()).hasSize(1);
    assertThat(later.baselined()).isEqualTo(1);
  }

  @Test
  void findingsWithoutObjectMatchByFileAndMessage() {
    Finding syntax = finding("yaml-syntax", "bad.yaml", 2, null, null);
    Baseline b = Baseline.of(result(syntax));
    assertThat(b.apply(result(finding("yaml-syntax", "bad.yaml", 9, null, null))).findings())
        .isEmpty();
    assertThat(b.apply(result(finding("yaml-syntax", "other.yaml", 2, null, null))).findings())
        .hasSize(1);
  }

  @Test
  void roundTripsThroughItsFileSorted() throws InputException {
    Baseline b = Baseline.of(result(
        finding("z-rule", "a.yaml", 1, WEB, "spec"),
        finding("a-rule", "a.yaml", 2, null, null),
        finding("a-rule", "a.yaml", 3, new ObjectId("v1", "Namespace", "", "shop"), null)));
    String json = b.toJson();
    assertThat(json).startsWith("{\n  \"kubecheckBaseline\": 1,");
    assertThat(json.indexOf("a-rule")).isLessThan(json.indexOf("z-rule"));
    Baseline back = Baseline.parse("b.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(back.keys()).isEqualTo(b.keys());
    assertThat(back.toJson()).isEqualTo(json);
  }

  @Test
  void aFileThatIsNotABaselineIsAUsageError() {
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\"findings\": []}".getBytes()))
        .isInstanceOf(InputException.class).hasMessageContaining("not a kubecheck baseline");
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\"kubecheckBaseline\": 7}".getBytes()))
        .hasMessageContaining("format 7");
    assertThatThrownBy(() -> Baseline.parse("b.json", "{ [".getBytes()))
        .hasMessageStartingWith("b.json:");
    assertThatThrownBy(() -> Baseline.parse("b.json",
        "{\"kubecheckBaseline\": 1, \"findings\": [3]}".getBytes()))
        .hasMessageContaining("an entry must be a mapping");
  }
}
