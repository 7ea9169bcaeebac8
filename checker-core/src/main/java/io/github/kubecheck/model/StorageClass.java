package io.github.kubecheck.model;

/** A StorageClass: who provisions it, when it binds, and whether it is the default class. */
public record StorageClass(String name, String provisioner, String volumeBindingMode,
    boolean isDefault) {

  /** The provisioner that provisions nothing: its claims bind only to existing volumes. */
  public static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

  public static boolean isStorageClass(Resource r) {
    return r.is("storage.k8s.io", "StorageClass");
  }

  public static StorageClass of(Resource r) {
    return new StorageClass(r.name(), r.node().text("provisioner").orElse(""),
        r.node().text("volumeBindingMode").orElse("Immediate"),
        "true".equals(r.annotations().get("storageclass.kubernetes.io/is-default-class")));
  }

  public boolean waitForFirstConsumer() {
    return volumeBindingMode.equals("WaitForFirstConsumer");
  }
}
