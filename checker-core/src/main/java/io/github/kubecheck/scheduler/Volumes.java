package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.PersistentVolume;
import io.github.kubecheck.model.PersistentVolumeClaim;
import io.github.kubecheck.model.StorageClass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims, volumes and classes as the VolumeBinding and VolumeZone plugins see them. Claims that
 * name a volume, or that a volume's claimRef names, are bound; claims of an Immediate class are
 * bound before scheduling (to a free volume of their class, or to a freshly provisioned one
 * unconstrained by topology); claims of a WaitForFirstConsumer class wait for their pod's node,
 * where a provisioner makes a volume, and the no-provisioner class needs a free volume that
 * node can reach. Capacity and access-mode matching of static volumes is not modelled.
 */
final class Volumes {

  /** Where a claim stands before its pod is scheduled. */
  sealed interface Binding {}

  /** Bound to an existing volume. */
  record Bound(PersistentVolume volume) implements Binding {}

  /** Bound, or sure to be bound, with no topology constraint. */
  record Unconstrained() implements Binding {}

  /** Waits for a free static volume reachable from the pod's node. */
  record NeedsStaticVolume(String storageClass) implements Binding {}

  /** Immediate binding that cannot happen: no volume and no provisioner. */
  record Unbound() implements Binding {}

  /** The claim's class does not exist. */
  record MissingClass(String name) implements Binding {}

  private final List<PersistentVolume> volumes;
  private final Map<String, StorageClass> classes;
  private final Optional<StorageClass> defaultClass;
  private final Map<String, PersistentVolume> byClaim = new HashMap<>();
  private final Map<String, String> reservedBy = new HashMap<>();

  Volumes(List<PersistentVolume> volumes, List<StorageClass> classes,
      List<PersistentVolumeClaim> claims) {
    this.volumes = volumes.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    this.classes = new HashMap<>();
    classes.forEach(c -> this.classes.put(c.name(), c));
    this.defaultClass = classes.stream().filter(StorageClass::isDefault).findFirst();
    Map<String, PersistentVolume> byName = new HashMap<>();
    for (PersistentVolume v : this.volumes) {
      byName.put(v.name(), v);
      if (!v.claimName().isEmpty()) {
        String claim = v.claimNamespace() + "/" + v.claimName();
        byClaim.put(claim, v);
        reservedBy.put(v.name(), claim);
      }
    }
    for (PersistentVolumeClaim c : claims) {
      PersistentVolume v = byName.get(c.volumeName());
      if (v != null) {
        byClaim.put(key(c), v);
        reservedBy.put(v.name(), key(c));
      }
    }
  }

  private static String key(PersistentVolumeClaim c) {
    return c.namespace() + "/" + c.name();
  }

  /** The class a claim uses: its own, the default when it names none, none for {@code ""}. */
  Optional<String> className(PersistentVolumeClaim c) {
    if (c.storageClassName().isPresent()) {
      return c.storageClassName().filter(s -> !s.isEmpty());
    }
    return defaultClass.map(StorageClass::name);
  }

  Binding binding(PersistentVolumeClaim c) {
    PersistentVolume bound = byClaim.get(key(c));
    if (bound != null) {
      return new Bound(bound);
    }
    Optional<String> className = className(c);
    if (className.isEmpty()) {
      return freeVolume("", c) ? new Unconstrained() : new Unbound();
    }
    StorageClass sc = classes.get(className.get());
    if (sc == null) {
      return new MissingClass(className.get());
    }
    boolean provisions = !sc.provisioner().equals(StorageClass.NO_PROVISIONER);
    if (!sc.waitForFirstConsumer()) {
      return provisions || freeVolume(sc.name(), c) ? new Unconstrained() : new Unbound();
    }
    return provisions ? new Unconstrained() : new NeedsStaticVolume(sc.name());
  }

  /** Binds an Immediate claim to the first free volume of its class, as the PV controller would. */
  private boolean freeVolume(String className, PersistentVolumeClaim c) {
    for (PersistentVolume v : volumes) {
      if (v.storageClassName().equals(className) && !reservedBy.containsKey(v.name())) {
        reservedBy.put(v.name(), key(c));
        byClaim.put(key(c), v);
        return true;
      }
    }
    return false;
  }

  /** A free static volume of the class that the node can reach. */
  Optional<PersistentVolume> available(String className, NodeState n) {
    for (PersistentVolume v : volumes) {
      if (v.storageClassName().equals(className) && !reservedBy.containsKey(v.name())
          && v.reachableFrom(n.name(), n.node().labels())) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** On bind, waiting claims take the volume they were matched with. */
  void bound(SimPod p, NodeState n, int delta) {
    if (delta < 0) {
      return;
    }
    for (PersistentVolumeClaim c : p.claims()) {
      if (binding(c) instanceof NeedsStaticVolume w) {
        available(w.storageClass(), n).ifPresent(v -> {
          reservedBy.put(v.name(), key(c));
          byClaim.put(key(c), v);
        });
      }
    }
  }
}
