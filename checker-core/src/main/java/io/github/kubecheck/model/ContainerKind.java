package io.github.kubecheck.model;

/** The kinds of container a pod has, with the field that lists them. */
public enum ContainerKind {
  INIT("initContainers", "init container"),
  /** An init container with {@code restartPolicy: Always}: it keeps running beside the app. */
  SIDECAR("initContainers", "sidecar container"),
  APP("containers", "container"),
  EPHEMERAL("ephemeralContainers", "ephemeral container");

  private final String field;
  private final String noun;

  ContainerKind(String field, String noun) {
    this.field = field;
    this.noun = noun;
  }

  /** The pod spec field that holds this kind: containers, initContainers, ephemeralContainers. */
  public String field() {
    return field;
  }

  /** How messages name it: "container", "init container", ... */
  public String noun() {
    return noun;
  }

  /** Whether it runs for the life of the pod (app and sidecar containers). */
  public boolean longRunning() {
    return this == APP || this == SIDECAR;
  }
}
