package io.github.kubecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.CheckResult;
import io.github.kubecheck.Checker;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Finding;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * examples/broken/schema.yaml with every default rule on: each planted schema problem is reported
 * once, at its line and at the column below (the key or value at fault), and no other schema,
 * API-version or YAML finding appears (no cascade, no overlap with invalid-label or
 * yaml-ambiguous-value). A CRD and its custom resource sit in the same file, with no flag. The
 * file's {@code # expect:} markers name the same lines and rules, so the two cannot drift apart.
 */
class SchemaExampleTest {

  private static final Path FILE = Path.of("../examples/broken/schema.yaml");
  private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+)\\s*$");
  private static final Set<Category> JUDGED = Set.of(Category.SCHEMA, Category.API_VERSION,
      Category.YAML);
  private static final List<String> EXPECTED = List.of(
      "9:13 invalid-type",
      "17:18 invalid-type",
      "22:9 unknown-field",
      "23:29 invalid-type",
      "26:18 invalid-value",
      "34:1 missing-required-field",
      "47:17 invalid-type",
      "61:11 unknown-field",
      "99:9 invalid-type",
      "100:10 invalid-value",
      "101:3 unknown-field",
      "104:1 unknown-kind",
      "116:13 invalid-value");

  @Test
  void eachPlantedProblemOnceAtItsLineAndColumn() throws Exception {
    List<String> markers = new ArrayList<>();
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.find()) {
        markers.add((i + 1) + " " + m.group(1));
      }
    }
    assertThat(markers).containsExactlyElementsOf(EXPECTED.stream()
        .map(e -> e.replaceFirst(":[0-9]+ ", " ")).toList());
    CheckResult result = new Checker(RuleRegistry.loadBuiltIn()).check(
        CheckRequest.of(List.of("schema.yaml"), FILE.getParent()));
    List<String> actual = result.findings().stream()
        .filter(f -> JUDGED.contains(f.category()))
        .map(SchemaExampleTest::at)
        .toList();
    assertThat(actual).containsExactlyElementsOf(EXPECTED);
  }

  private static String at(Finding f) {
    return f.span().line() + ":" + f.span().column() + " " + f.rule();
  }
}
