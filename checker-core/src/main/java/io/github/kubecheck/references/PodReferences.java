package io.github.kubecheck.references;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.references.Reference.Use;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every name a pod template points at: ConfigMaps and Secrets (volumes, projected volume sources,
 * {@code envFrom}, {@code env[].valueFrom}) with the keys asked for and {@code optional}, the
 * ServiceAccount, PersistentVolumeClaims, PriorityClass, RuntimeClass and imagePullSecrets. Names
 * that are missing, empty or of the wrong type are left out (the schema rules report those).
 */
public final class PodReferences {

  private PodReferences() {}

  public static List<Reference> of(PodTemplate pod) {
    List<Reference> out = new ArrayList<>();
    new Walk(pod, out).all();
    return List.copyOf(out);
  }

  private record Walk(PodTemplate pod, List<Reference> out) {

    void all() {
      MappingNode spec = pod.spec();
      String ns = pod.namespace();
      String account = spec.has("serviceAccountName") ? "serviceAccountName" : "serviceAccount";
      named(spec, account, account, Target.core("ServiceAccount", ns, ""), Use.SERVICE_ACCOUNT,
          account);
      named(spec, "priorityClassName", "priorityClassName",
          new Target("scheduling.k8s.io", "PriorityClass", "", ""), Use.PRIORITY_CLASS,
          "priorityClassName");
      named(spec, "runtimeClassName", "runtimeClassName",
          new Target("node.k8s.io", "RuntimeClass", "", ""), Use.RUNTIME_CLASS,
          "runtimeClassName");
      each(spec.sequence("imagePullSecrets"), (i, m) -> named(m, "name",
          "imagePullSecrets[" + i + "].name", Target.core("Secret", ns, ""),
          Use.IMAGE_PULL_SECRET, "imagePullSecrets[" + i + "]"));
      each(spec.sequence("volumes"), this::volume);
      for (Container c : pod.containers()) {
        container(c);
      }
    }

    /** A plain name field; {@code kind} carries the target's group, kind and namespace. */
    private void named(MappingNode m, String key, String path, Target kind, Use use, String via) {
      m.text(key).filter(n -> !n.isEmpty()).ifPresent(name -> out.add(new Reference(
          pod.owner(), use, new Target(kind.group(), kind.kind(), kind.namespace(), name),
          pod.locateInSpec(path), false, List.of(), via)));
    }

    private void volume(int i, MappingNode v) {
      String at = "volumes[" + i + "]";
      String via = "volume \"" + v.text("name").orElse("") + "\"";
      v.mapping("configMap").ifPresent(s -> source(s, at + ".configMap", "name", "ConfigMap",
          Use.VOLUME, via));
      v.mapping("secret").ifPresent(s -> source(s, at + ".secret", "secretName", "Secret",
          Use.VOLUME, via));
      v.mapping("persistentVolumeClaim").ifPresent(s -> s.text("claimName")
          .filter(n -> !n.isEmpty()).ifPresent(n -> out.add(new Reference(pod.owner(), Use.CLAIM,
              Target.core("PersistentVolumeClaim", pod.namespace(), n),
              pod.locateInSpec(at + ".persistentVolumeClaim.claimName"),
              false, List.of(), via))));
      v.mapping("projected").flatMap(p -> p.sequence("sources")).ifPresent(sources ->
          each(Optional.of(sources), (j, src) -> {
            String base = at + ".projected.sources[" + j + "]";
            src.mapping("configMap").ifPresent(s -> source(s, base + ".configMap", "name",
                "ConfigMap", Use.PROJECTED_VOLUME, via));
            src.mapping("secret").ifPresent(s -> source(s, base + ".secret", "name", "Secret",
                Use.PROJECTED_VOLUME, via));
          }));
    }

    /** A configMap or secret volume source, or a projected one: name, items, optional. */
    private void source(MappingNode s, String at, String nameKey, String kind, Use use,
        String via) {
      Optional<String> name = s.text(nameKey).filter(n -> !n.isEmpty());
      if (name.isEmpty()) {
        return;
      }
      List<KeyRef> keys = new ArrayList<>();
      each(s.sequence("items"), (k, item) -> item.text("key").filter(x -> !x.isEmpty())
          .ifPresent(key -> keys.add(new KeyRef(key,
              pod.locateInSpec(at + ".items[" + k + "].key")))));
      out.add(new Reference(pod.owner(), use, Target.core(kind, pod.namespace(), name.get()),
          pod.locateInSpec(at + "." + nameKey), optional(s), keys, via));
    }

    private void container(Container c) {
      MappingNode node = c.node();
      each(node.sequence("envFrom"), (j, from) -> {
        String via = c.describe() + " (envFrom)";
        from.mapping("configMapRef").ifPresent(r -> whole(c, r, "envFrom[" + j + "].configMapRef",
            "ConfigMap", via));
        from.mapping("secretRef").ifPresent(r -> whole(c, r, "envFrom[" + j + "].secretRef",
            "Secret", via));
      });
      each(node.sequence("env"), (j, env) -> env.mapping("valueFrom").ifPresent(vf -> {
        String via = c.describe() + " (env " + env.text("name").orElse("") + ")";
        vf.mapping("configMapKeyRef").ifPresent(r -> keyRef(c, r,
            "env[" + j + "].valueFrom.configMapKeyRef", "ConfigMap", via));
        vf.mapping("secretKeyRef").ifPresent(r -> keyRef(c, r,
            "env[" + j + "].valueFrom.secretKeyRef", "Secret", via));
      }));
    }

    private void whole(Container c, MappingNode r, String at, String kind, String via) {
      r.text("name").filter(n -> !n.isEmpty()).ifPresent(n -> out.add(new Reference(pod.owner(),
          Use.ENV_FROM, Target.core(kind, pod.namespace(), n), c.locate(at + ".name"),
          optional(r), List.of(), via)));
    }

    private void keyRef(Container c, MappingNode r, String at, String kind, String via) {
      Optional<String> name = r.text("name").filter(n -> !n.isEmpty());
      if (name.isEmpty()) {
        return;
      }
      List<KeyRef> keys = r.text("key").filter(k -> !k.isEmpty())
          .map(k -> List.of(new KeyRef(k, c.locate(at + ".key")))).orElse(List.of());
      out.add(new Reference(pod.owner(), Use.ENV, Target.core(kind, pod.namespace(), name.get()),
          c.locate(at + ".name"), optional(r), keys, via));
    }
  }

  /** {@code optional: true}; anything else, including a wrong type, reads as false. */
  private static boolean optional(MappingNode m) {
    return m.bool("optional").orElse(false);
  }

  private interface Visitor {
    void visit(int index, MappingNode item);
  }

  private static void each(Optional<SequenceNode> seq, Visitor v) {
    seq.ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(m -> v.visit(index, m));
      }
    });
  }
}
