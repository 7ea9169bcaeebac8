package io.github.kubecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit codes, formats, usage errors and hostile input. */
class MainTest {

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    return runWithInput(InputStream.nullInputStream(), args);
  }

  private int runWithInput(InputStream in, String... args) {
    CliRun r = CliRun.withInput(in, dir, args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";

  @Test
  void cleanInputExitsZeroAndLintIsTheDefaultCommand() throws IOException {
    write("ok.yaml", GOOD);
    assertThat(run("ok.yaml")).isZero();
    assertThat(out).contains("1 file, 1 object: 0 errors");
    assertThat(run("lint")).isZero();
  }

  @Test
  void findingsAtOrAboveFailOnExitOne() throws IOException {
    write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n"
        + "data:\n  flag: yes\n");
    assertThat(run("lint", "bad.yaml")).isEqualTo(1);
    assertThat(out).contains("bad.yaml:4:3: error [invalid-name]");
    assertThat(out).contains(" 4 |   name: Bad_Name").contains("   |   ^");
    assertThat(run("lint", "--fail-on", "none", "bad.yaml")).isZero();
  }

  @Test
  void warningsFailOnlyWhenAsked() throws IOException {
    write("warn.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");
    assertThat(run("lint", "warn.yaml")).isZero();
    assertThat(run("lint", "--fail-on", "warning", "warn.yaml")).isEqualTo(1);
  }

  @Test
  void jsonIsByteIdenticalAcrossRuns() throws IOException {
    write("a.yaml", GOOD + "data:\n  x: on\n---\nkind: Pod\n");
    write("b.yaml", "x: [\n");
    run("lint", "-f", "json", ".");
    String first = out;
    run("lint", "-f", "json", ".");
    assertThat(out).isEqualTo(first);
    assertThat(first).contains("\"rule\": \"yaml-syntax\"").contains("\"file\": \"b.yaml\"")
        .contains("\"summary\"");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() throws IOException {
    write("ok.yaml", GOOD);
    assertThat(run("lint", "--fail-on", "sometimes", "ok.yaml")).isEqualTo(2);
    assertThat(err.strip()).startsWith("kubecheck: --fail-on").doesNotContain("\n");
    assertThat(run("lint", "--bogus")).isEqualTo(2);
    assertThat(err).contains("Unknown option");
    assertThat(run("lint", "missing.yaml")).isEqualTo(2);
    assertThat(err).contains("missing.yaml: no such file or folder");
    assertThat(run("lint", "--kube-version", "1.2", "ok.yaml")).isEqualTo(2);
    assertThat(run("lint", "-f", "xml", "ok.yaml")).isEqualTo(2);
  }

  @Test
  void badConfigurationExitsTwoWithItsLocation() throws IOException {
    write("ok.yaml", GOOD);
    write(".kubecheck.yaml", "rules:\n  invalid-name: loud\n");
    assertThat(run("lint", "ok.yaml")).isEqualTo(2);
    assertThat(err).contains(".kubecheck.yaml:2:17");
  }

  @Test
  void configurationTurnsRulesOffAndUnknownIdsAreReported() throws IOException {
    write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
    write(".kubecheck.yaml", "rules:\n  invalid-name: off\n  no-such-rule: warning\n");
    assertThat(run("lint", "bad.yaml")).isZero();
    assertThat(out).contains(".kubecheck.yaml:3:3: warning [unknown-rule]");
  }

  @Test
  void suppressionAnnotationIsCounted() throws IOException {
    write("s.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n"
        + "  annotations:\n    kubecheck.io/ignore: invalid-name\n");
    assertThat(run("lint", "-f", "json", "s.yaml")).isZero();
    assertThat(out).contains("\"suppressed\": 1");
  }

  @Test
  void standardInputIsNamedDash() {
    int code = runWithInput(new ByteArrayInputStream(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: X}\n".getBytes(StandardCharsets.UTF_8)),
        "lint", "-");
    assertThat(code).isEqualTo(1);
    assertThat(out).contains("-:3:").contains("[invalid-name]");
  }

  @Test
  void hostileFilesAreFindingsAndTheOtherFilesAreStillChecked() throws IOException {
    byte[] random = new byte[4096];
    new Random(3).nextBytes(random);
    Files.write(dir.resolve("random.yaml"), random);
    write("deep.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000));
    write("laughs.yaml", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n");
    write("z-good.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
    assertThat(run("lint", "--no-color", ".")).isEqualTo(1);
    assertThat(out).contains("random.yaml:1:").contains("deep.yaml:1:").contains("laughs.yaml:")
        .contains("z-good.yaml:4:3: error [invalid-name]");
    assertThat(err).isEmpty();
  }

  @Test
  void rulesListAndExplain() {
    assertThat(run("rules", "list")).isZero();
    assertThat(out).contains("yaml-syntax").contains("invalid-name");
    assertThat(run("rules", "explain", "duplicate-key")).isZero();
    assertThat(out).startsWith("# duplicate-key").contains("## What to do");
    assertThat(run("rules", "explain", "nope")).isEqualTo(2);
  }

  @Test
  void versionListsBundledKubernetesVersions() {
    assertThat(run("version")).isZero();
    assertThat(out).contains("kubecheck ").contains("1.27");
  }

  @Test
  void schemaLocationValidatesCustomResources() throws IOException {
    Files.createDirectories(dir.resolve("schemas"));
    write("schemas/widget-example.com-v1.json", """
        {"type": "object", "additionalProperties": false,
         "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
           "metadata": {"type": "object"},
           "spec": {"type": "object", "additionalProperties": false,
             "properties": {"size": {"type": "integer"}}}}}
        """);
    write("w.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n"
        + "spec:\n  sise: 3\n");
    assertThat(run("lint", "--schema-location", "schemas", "w.yaml")).isEqualTo(1);
    assertThat(out).contains("w.yaml:5:3: error [unknown-field] unknown field \"sise\"")
        .contains("did you mean size?");
    assertThat(run("lint", "--schema-location", "nope", "w.yaml")).isEqualTo(2);
  }
}
