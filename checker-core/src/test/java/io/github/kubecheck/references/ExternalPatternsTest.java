package io.github.kubecheck.references;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.config.ConfigLoader;
import io.github.kubecheck.config.Configuration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes of references.assumeExternal patterns and their defaults. */
class ExternalPatternsTest {

  private static final Target VAULT = Target.core("Secret", "shop", "vault-db");
  private static final Target CLASS = new Target("node.k8s.io", "RuntimeClass", "", "gvisor");

  private static boolean covers(String pattern, Target t) {
    return new ExternalPatterns(List.of(pattern)).covers(t);
  }

  @Test
  void kindAloneCoversEveryObjectOfThatKind() {
    assertThat(covers("Secret", VAULT)).isTrue();
    assertThat(covers("ConfigMap", VAULT)).isFalse();
    assertThat(covers("RuntimeClass", CLASS)).isTrue();
  }

  @Test
  void kindAndNameMatchInAnyNamespaceWithGlobs() {
    assertThat(covers("Secret/vault-*", VAULT)).isTrue();
    assertThat(covers("Secret/vault-d?", VAULT)).isTrue();
    assertThat(covers("Secret/vault", VAULT)).isFalse();
    assertThat(covers("RuntimeClass/g*", CLASS)).isTrue();
  }

  @Test
  void kindNamespaceAndName() {
    assertThat(covers("Secret/shop/vault-db", VAULT)).isTrue();
    assertThat(covers("Secret/other/vault-db", VAULT)).isFalse();
    assertThat(covers("Secret/*/vault-*", VAULT)).isTrue();
  }

  @Test
  void aLowerCaseFirstPartIsANamespaceOfAnyKind() {
    assertThat(covers("shop/*", VAULT)).isTrue();
    assertThat(covers("shop/vault-db", VAULT)).isTrue();
    assertThat(covers("other/*", VAULT)).isFalse();
    assertThat(covers("shop/*", CLASS)).as("cluster-scoped objects have no namespace").isFalse();
    assertThat(covers("shop", VAULT)).as("a bare namespace is no pattern").isFalse();
  }

  @Test
  void otherShapesMatchNothing() {
    assertThat(covers("", VAULT)).isFalse();
    assertThat(covers("Secret/shop/vault-db/extra", VAULT)).isFalse();
    assertThat(covers("Secret//", VAULT)).isFalse();
    assertThat(covers("Secret/(vault.*", VAULT)).as("regex characters are literal").isFalse();
  }

  @Test
  void defaultsCoverKubeSystemUntilTheSettingReplacesThem() throws Exception {
    ExternalPatterns defaults = ExternalPatterns.of(Configuration.DEFAULT);
    Target kubeSystem = Target.core("ConfigMap", "kube-system", "extension-apiserver-auth");
    assertThat(defaults.covers(kubeSystem)).isTrue();
    assertThat(defaults.covers(VAULT)).isFalse();
    ExternalPatterns configured = ExternalPatterns.of(config(
        "references:\n  assumeExternal: [\"Secret/vault-*\"]\n"));
    assertThat(configured.covers(VAULT)).isTrue();
    assertThat(configured.covers(kubeSystem)).isFalse();
    assertThat(ExternalPatterns.of(config("references:\n  assumeExternal: []\n"))
        .covers(kubeSystem)).isFalse();
    assertThat(ExternalPatterns.of(config("references:\n  assumeExternal: \"Secret, shop/*\"\n"))
        .covers(VAULT)).isTrue();
  }

  private static Configuration config(String yaml) throws Exception {
    return ConfigLoader.parse(".kubecheck.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }
}
