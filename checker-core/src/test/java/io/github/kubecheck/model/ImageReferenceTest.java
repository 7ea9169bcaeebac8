package io.github.kubecheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Image references as the kubelet parses them (distribution's reference grammar, normalized by
 * ParseNormalizedNamed; pkg/util/parsers.ParseImageName for the implied tag) and the pull
 * policy the API server defaults from them (SetDefaults_Container).
 */
class ImageReferenceTest {

  private static ImageReference parse(String image) {
    return ImageReference.parse(image).orElseThrow(() -> new AssertionError(image));
  }

  @Test
  void aBareNameIsDockerHubsLibraryWithTheLatestTagImplied() {
    ImageReference r = parse("nginx");
    assertThat(r.registry()).isEqualTo("docker.io");
    assertThat(r.repository()).isEqualTo("library/nginx");
    assertThat(r.tag()).isEmpty();
    assertThat(r.effectiveTag()).contains("latest");
    assertThat(r.defaultPullPolicy()).isEqualTo("Always");
  }

  @Test
  void theFirstComponentIsARegistryOnlyWithADotAPortLocalhostOrCapitals() {
    assertThat(parse("example/app:1.0").registry()).isEqualTo("docker.io");
    assertThat(parse("example/app:1.0").repository()).isEqualTo("example/app");
    assertThat(parse("ghcr.io/example/app:1.0").registry()).isEqualTo("ghcr.io");
    assertThat(parse("registry:5000/app").registry()).isEqualTo("registry:5000");
    assertThat(parse("localhost/app").registry()).isEqualTo("localhost");
    assertThat(parse("localhost:5000/team/app:v2").repository()).isEqualTo("team/app");
    assertThat(parse("Registry/app").domain()).contains("Registry");
  }

  @Test
  void aPortIsNotATag() {
    ImageReference r = parse("registry.example.com:5000/app");
    assertThat(r.tag()).isEmpty();
    assertThat(r.effectiveTag()).contains("latest");
    assertThat(parse("registry.example.com:5000/app:2.1").tag()).contains("2.1");
  }

  @Test
  void aDigestPinsTheImageAndImpliesNoTag() {
    String digest = "sha256:" + "a".repeat(64);
    ImageReference r = parse("nginx@" + digest);
    assertThat(r.isPinned()).isTrue();
    assertThat(r.digest()).contains(digest);
    assertThat(r.effectiveTag()).isEmpty();
    assertThat(r.defaultPullPolicy()).isEqualTo("IfNotPresent");
    ImageReference both = parse("nginx:latest@" + digest);
    assertThat(both.tag()).contains("latest");
    // The defaulting looks at the tag alone: latest means Always even when a digest pins it.
    assertThat(both.defaultPullPolicy()).isEqualTo("Always");
  }

  @Test
  void aFixedTagDefaultsToIfNotPresent() {
    assertThat(parse("nginx:1.27").defaultPullPolicy()).isEqualTo("IfNotPresent");
    assertThat(parse("nginx:latest").defaultPullPolicy()).isEqualTo("Always");
  }

  @Test
  void whatIsNotAReferenceIsEmpty() {
    for (String bad : new String[] {"", "Nginx", "nginx:", "nginx:bad tag", "app@sha256:abc",
        "${IMAGE}", "ghcr.io/", "a//b", "nginx:" + "x".repeat(129), "-nginx"}) {
      assertThat(ImageReference.parse(bad)).as(bad).isEqualTo(Optional.empty());
    }
  }
}
