package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The CI report formats on the real rules: SARIF valid against the SARIF 2.1.0 schema with its
 * regions on the planted lines, fingerprints that survive moved lines, JUnit that parses, several
 * formats in one run, and the baseline.
 */
class CiReportsTest {

  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(Path cwd, String... args) {
    CliRun r = CliRun.in(cwd, args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  private static JsonSchema sarifSchema() throws IOException {
    try (InputStream in = CiReportsTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  /** Each {@code # expect:} marker of the broken examples as "file:line:rule". */
  private static Set<String> plantedProblems() throws IOException {
    Set<String> planted = new HashSet<>();
    try (Stream<Path> files = Files.list(EXAMPLES.resolve("broken"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i));
          if (m.find()) {
            for (String rule : m.group(1).split("\\s*,\\s*")) {
              // "rule @column": the column is checked by the rules module's ExamplesTest
              planted.add("broken/" + f.getFileName() + ":" + (i + 1) + ":"
                  + rule.strip().split("\\s+")[0]);
            }
          }
        }
      }
    }
    return planted;
  }

  @Test
  void sarifIsValidAgainstTheSchemaAndPointsAtThePlantedLines() throws IOException {
    assertThat(run(EXAMPLES, "lint", "-f", "sarif", "broken")).isEqualTo(1);
    JsonNode sarif = JSON.readTree(out);
    Set<ValidationMessage> errors = sarifSchema().validate(sarif);
    assertThat(errors).isEmpty();
    JsonNode broken = sarif.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results")
        .get(0)).put("level", "fatal");
    assertThat(sarifSchema().validate(broken)).as("the schema check can fail").isNotEmpty();

    JsonNode run = sarif.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    Set<String> reported = new HashSet<>();
    for (JsonNode r : run.get("results")) {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      assertThat(loc.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      String uri = loc.get("artifactLocation").get("uri").asText();
      assertThat(uri).startsWith("broken/");
      int line = loc.get("region").get("startLine").asInt();
      int column = loc.get("region").get("startColumn").asInt();
      String source = Files.readAllLines(EXAMPLES.resolve(uri)).get(line - 1);
      assertThat(column).as("column of %s on %s:%d", r.get("ruleId"), uri, line)
          .isBetween(1, source.length() + 1);
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(r.get("ruleId").asText());
      assertThat(r.get("partialFingerprints").fieldNames().next()).startsWith("kubecheck/");
      reported.add(uri + ":" + line + ":" + r.get("ruleId").asText());
    }
    assertThat(reported).containsAll(plantedProblems());
    JsonNode helpUri = rules.get(0).get("helpUri");
    assertThat(helpUri.asText()).endsWith("/docs/rules/" + rules.get(0).get("id").asText() + ".md");
  }

  private List<String> fingerprints() throws IOException {
    List<String> prints = new ArrayList<>();
    for (JsonNode r : JSON.readTree(out).get("runs").get(0).get("results")) {
      prints.add(r.get("ruleId").asText() + " "
          + r.get("partialFingerprints").elements().next().asText());
    }
    return prints.stream().sorted().toList();
  }

  @Test
  void fingerprintsSurviveLinesMovingAndChangeWithTheObject() throws IOException {
    String manifest = Files.readString(EXAMPLES.resolve("broken/pod-security.yaml"));
    Files.writeString(dir.resolve("w.yaml"), manifest);
    run(dir, "lint", "-f", "sarif", "w.yaml");
    List<String> before = fingerprints();
    assertThat(before).isNotEmpty();
    Files.writeString(dir.resolve("w.yaml"), "# a comment\n\n# moves every line down\n"
        + manifest);
    run(dir, "lint", "-f", "sarif", "w.yaml");
    assertThat(fingerprints()).isEqualTo(before);
  }

  @Test
  void junitHasASuitePerFileAndACasePerObject() throws Exception {
    assertThat(run(EXAMPLES, "lint", "-f", "junit", "broken", "shop/10-config.yaml"))
        .isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    var suites = xml.getElementsByTagName("testsuite");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < suites.getLength(); i++) {
      names.add(suites.item(i).getAttributes().getNamedItem("name").getNodeValue());
    }
    assertThat(names).contains("broken/objects.yaml", "broken/yaml.yaml",
        "shop/10-config.yaml");
    assertThat(out).contains("name=\"Service shop/2fast\"")
        .contains("type=\"invalid-name\"")
        .containsPattern("<testcase classname=\"shop/10-config.yaml\" name=\"ConfigMap [^\"]+\""
            + " file=\"shop/10-config.yaml\" time=\"0\"/>");
  }

  @Test
  void githubWritesOneWorkflowCommandPerFinding() {
    assertThat(run(EXAMPLES, "lint", "-f", "github", "broken/objects.yaml")).isEqualTo(1);
    assertThat(out).contains("::error file=broken/objects.yaml,line=11,col=3,")
        .contains(",title=invalid-name::name \"2fast\" is invalid");
  }

  @Test
  void severalFormatsInOneRun() throws IOException {
    assertThat(run(EXAMPLES, "lint", "-f", "text", "-f", "sarif", "-o",
        dir.resolve("out.sarif").toString(), "-f", "junit=" + dir.resolve("r/j.xml"),
        "broken/objects.yaml")).isEqualTo(1);
    assertThat(out).contains("broken/objects.yaml:11:3: error [invalid-name]")
        .contains("1 file, 4 objects");
    assertThat(JSON.readTree(dir.resolve("out.sarif").toFile()).get("version").asText())
        .isEqualTo("2.1.0");
    assertThat(Files.readString(dir.resolve("r/j.xml"))).startsWith("<?xml");
    assertThat(run(EXAMPLES, "lint", "-f", "text", "-f", "json", "broken")).isEqualTo(2);
    assertThat(err.strip()).startsWith("kubecheck: only one format can go to standard output")
        .doesNotContain("\n");
  }

  @Test
  void baselineHidesRecordedFindingsUntilSomethingNewAppears() throws IOException {
    String manifest = Files.readString(EXAMPLES.resolve("broken/objects.yaml"));
    Files.writeString(dir.resolve("m.yaml"), manifest);
    assertThat(run(dir, "lint", "--write-baseline", "kubecheck-baseline.json", "m.yaml"))
        .isZero();
    assertThat(err).startsWith("kubecheck: recorded ").contains("kubecheck-baseline.json");
    assertThat(Files.readString(dir.resolve("kubecheck-baseline.json")))
        .contains("\"kubecheckBaseline\": 1").contains("\"rule\": \"invalid-name\"")
        .doesNotContain("\"line\"");

    Files.writeString(dir.resolve("m.yaml"), "# edited above\n" + manifest);
    assertThat(run(dir, "lint", "--baseline", "kubecheck-baseline.json", "m.yaml")).isZero();
    assertThat(out).contains("0 errors, 0 warnings, 0 info").contains("baselined)");

    Files.writeString(dir.resolve("m.yaml"), "# edited above\n" + manifest
        + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: New_One\n");
    assertThat(run(dir, "lint", "--baseline", "kubecheck-baseline.json", "-f", "json",
        "m.yaml")).isEqualTo(1);
    JsonNode report = JSON.readTree(out);
    // Only the new object's findings are reported: its invalid name, and any other rule's.
    assertThat(report.get("findings")).isNotEmpty().allSatisfy(f ->
        assertThat(f.get("object").get("name").asText()).isEqualTo("New_One"));
    assertThat(report.get("findings")).anySatisfy(f ->
        assertThat(f.get("rule").asText()).isEqualTo("invalid-name"));
    assertThat(report.get("summary").get("baselined").asInt()).isPositive();

    assertThat(run(dir, "lint", "--baseline", "nope.json", "m.yaml")).isEqualTo(2);
    assertThat(err).contains("nope.json: cannot read the baseline");
    assertThat(run(dir, "lint", "--baseline", "m.yaml", "m.yaml")).isEqualTo(2);
    assertThat(err).contains("not a kubecheck baseline");
  }
}
