package io.github.kubecheck.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds random bytes and randomly mutated manifests to the reader: whatever the input, no
 * exception escapes and every problem has a location inside the file.
 */
class YamlFuzzTest {

  private static final String SEED_DOCUMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels: {app: web, "tier": 'front'}
        annotations:
          note: |
            multi
            line
      spec:
        replicas: 3
        template:
          spec:
            containers:
            - name: web
              image: nginx:1.27
              args: ["--a", --b, *x]
              env: &env
              - {name: A, value: "1"}
            - <<: *env
      ---
      [1, 2, {a: b}]
      """;
  private static final String ALPHABET = ":-[]{}&*!|>'\"#%@`,?\t\n \\0aZ~";

  private final YamlReader reader = new YamlReader(new YamlLimits(1 << 20, 1 << 16, 20, 50, 20_000));

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      check(bytes);
    }
  }

  @Test
  void mutatedManifestsNeverThrow() {
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder(SEED_DOCUMENT);
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits && s.length() > 0; e++) {
        int at = random.nextInt(s.length());
        switch (random.nextInt(3)) {
          case 0 -> s.deleteCharAt(at);
          case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          default -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      check(s.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void check(byte[] bytes) {
    assertThatCode(() -> {
      ParsedFile f = reader.read("fuzz.yaml", bytes);
      long lines = new String(bytes, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() + 1;
      for (YamlProblem p : f.problems()) {
        assertThat(p.span().line()).isBetween(1, (int) lines + 1);
        assertThat(p.span().column()).isPositive();
        assertThat(p.message()).isNotBlank();
      }
    }).doesNotThrowAnyException();
  }
}
