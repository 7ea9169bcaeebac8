package io.github.kubecheck.model;

import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads YAML text into the model, for the model's tests. */
final class ModelReading {

  private ModelReading() {}

  static Manifests read(String yaml) {
    return new Manifests(List.of(new YamlReader(YamlLimits.DEFAULT)
        .read("m.yaml", yaml.getBytes(StandardCharsets.UTF_8))), List.of());
  }

  /** The containers of the first pod template, in start order. */
  static List<Container> containers(String yaml) {
    return read(yaml).podTemplates().get(0).containers();
  }
}
