package io.github.kubecheck.model;

import java.util.List;
import java.util.Optional;

/**
 * A PersistentVolumeClaim: the class it asks for (absent: the default class; {@code ""}: no
 * class), the access modes, and the volume it is bound to when {@code volumeName} is set.
 */
public record PersistentVolumeClaim(String namespace, String name,
    Optional<String> storageClassName, List<String> accessModes, String volumeName) {

  public PersistentVolumeClaim {
    accessModes = List.copyOf(accessModes);
  }

  public static boolean isClaim(Resource r) {
    return r.is("", "PersistentVolumeClaim");
  }

  public static PersistentVolumeClaim of(Resource r) {
    return fromSpec(r.effectiveNamespace(), r.name(), r.spec());
  }

  /** A claim from its spec, as a StatefulSet's volumeClaimTemplates make them. */
  public static PersistentVolumeClaim fromSpec(String namespace, String name,
      io.github.kubecheck.yaml.MappingNode spec) {
    return new PersistentVolumeClaim(namespace, name, spec.text("storageClassName")
        .or(() -> spec.get("storageClassName").map(n -> "")),
        spec.sequence("accessModes").map(s -> s.texts()).orElse(List.of()),
        spec.text("volumeName").orElse(""));
  }

  public boolean readWriteOncePod() {
    return accessModes.contains("ReadWriteOncePod");
  }
}
