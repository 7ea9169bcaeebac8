package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod a workload creates (or a bare Pod itself): its metadata and spec, located inside the
 * owning object.
 *
 * @param owner the object that holds the template
 * @param path where the template sits: {@code ""} for a Pod, {@code spec.template} for most
 *     workloads, {@code spec.jobTemplate.spec.template} for a CronJob, {@code template} for a
 *     PodTemplate
 */
public record PodTemplate(Resource owner, String path, MappingNode metadata, MappingNode spec) {

  public String specPath() {
    return path.isEmpty() ? "spec" : path + ".spec";
  }

  public Map<String, String> labels() {
    return metadata.stringMap("labels");
  }

  public Map<String, String> annotations() {
    return metadata.stringMap("annotations");
  }

  public String namespace() {
    return owner.effectiveNamespace();
  }

  /** Every container in the order Kubernetes starts them: init (and sidecars), app, ephemeral. */
  public List<Container> containers() {
    List<Container> out = new ArrayList<>();
    spec.sequence("initContainers").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(n -> n.asMapping()).ifPresent(m -> out.add(new Container(this,
            "Always".equals(m.text("restartPolicy").orElse("")) ? ContainerKind.SIDECAR
                : ContainerKind.INIT, index, m)));
      }
    });
    addAll(out, ContainerKind.APP);
    addAll(out, ContainerKind.EPHEMERAL);
    return out;
  }

  private void addAll(List<Container> out, ContainerKind kind) {
    spec.sequence(kind.field()).ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(n -> n.asMapping())
            .ifPresent(m -> out.add(new Container(this, kind, index, m)));
      }
    });
  }

  /**
   * The port a Service's named {@code targetPort} (or a probe's named port) reaches: the first
   * declared port of that name and protocol among the app and sidecar containers, in order, as
   * the endpoints controller looks it up.
   */
  public Optional<ContainerPort> findPort(String portName, String protocol) {
    return containers().stream().filter(c -> c.kind().longRunning())
        .flatMap(c -> c.namedPort(portName, protocol).stream()).findFirst();
  }

  public Optional<MappingNode> securityContext() {
    return spec.mapping("securityContext");
  }

  /** Service account the pods run as: {@code default} when not set. */
  public String serviceAccountName() {
    return spec.text("serviceAccountName").or(() -> spec.text("serviceAccount")).orElse("default");
  }

  public List<MappingNode> volumes() {
    return spec.sequence("volumes").map(s -> s.mappings().toList()).orElse(List.of());
  }

  /** A field of the pod spec, e.g. {@code hostNetwork}. */
  public Location locateInSpec(String relative) {
    String full = relative.isEmpty() ? specPath() : specPath() + "." + relative;
    return new Location(NodePath.parse(relative).locate(spec), full);
  }

  /** A path relative to the owning object's root. */
  public Location locate(String pathFromRoot) {
    return owner.locate(pathFromRoot);
  }

  /** Where a pod-level finding points: the spec key of the template. */
  public Location whole() {
    return owner.locate(specPath());
  }

  /** Whether the pod declares a Windows OS ({@code spec.os.name: windows}). */
  public boolean isWindows() {
    return spec.mapping("os").flatMap(os -> os.text("name")).map("windows"::equals).orElse(false);
  }
}
