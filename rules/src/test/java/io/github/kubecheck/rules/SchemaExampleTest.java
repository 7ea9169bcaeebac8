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
 * once, at the line and the column its marker gives ({@code # expect: rule @column}), and no
 * other schema, API-version or YAML finding appears (no cascade, no overlap with invalid-label or
 * yaml-ambiguous-value). A CRD and its custom resource sit in the same file, with no flag.
 */
class SchemaExampleTest {

  private static final Path FILE = Path.of("../examples/broken/schema.yaml");
  private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+)\\s*@(\\d+)");
  private static final Set<Category> JUDGED = Set.of(Category.SCHEMA, Category.API_VERSION,
      Category.YAML);

  @Test
  void eachPlantedProblemOnceAtItsLineAndColumn() throws Exception {
    List<String> expected = new ArrayList<>();
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.find()) {
        expected.add((i + 1) + ":" + m.group(2) + " " + m.group(1));
      }
    }
    RuleRegistry registry = RuleRegistry.loadBuiltIn();
    CheckResult result = new Checker(registry).check(
        CheckRequest.of(List.of("schema.yaml"), FILE.getParent()));
    List<String> actual = result.findings().stream()
        .filter(f -> JUDGED.contains(f.category()))
        .map(SchemaExampleTest::at)
        .toList();
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static String at(Finding f) {
    return f.span().line() + ":" + f.span().column() + " " + f.rule();
  }
}
