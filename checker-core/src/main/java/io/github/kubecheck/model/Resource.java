package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.NodePath;
import io.github.kubecheck.yaml.Span;
import java.util.Map;

/**
 * One Kubernetes object as written: its identity, labels and annotations, and the node tree it was
 * read from, so any field can be located. Fields that are missing or of the wrong type read as
 * empty strings and maps here; the object checks report them.
 *
 * @param file the path of the file it came from, as displayed
 * @param node the object's mapping
 * @param clusterScoped whether its kind lives outside namespaces
 */
public record Resource(String file, MappingNode node, String apiVersion, String kind,
    String name, String namespace, Map<String, String> labels, Map<String, String> annotations,
    boolean clusterScoped) {

  public Resource {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }

  /** Reads the identity of an object from its mapping. */
  public static Resource of(String file, MappingNode node) {
    String apiVersion = node.text("apiVersion").orElse("");
    String kind = node.text("kind").orElse("");
    MappingNode meta = node.mapping("metadata").orElse(MappingNode.empty(node.span()));
    String group = GroupVersion.parse(apiVersion).group();
    return new Resource(file, node, apiVersion, kind,
        meta.text("name").orElse(meta.text("generateName").orElse("")),
        meta.text("namespace").orElse(""),
        meta.stringMap("labels"), meta.stringMap("annotations"),
        KindScopes.isClusterScoped(group, kind));
  }

  public String group() {
    return GroupVersion.parse(apiVersion).group();
  }

  public String version() {
    return GroupVersion.parse(apiVersion).version();
  }

  /** The namespace the object would land in: as written, else {@code default}; empty for cluster-scoped kinds. */
  public String effectiveNamespace() {
    if (clusterScoped) {
      return "";
    }
    return namespace.isEmpty() ? "default" : namespace;
  }

  public ObjectId id() {
    return new ObjectId(apiVersion, kind, namespace, name);
  }

  public boolean is(String group, String kind) {
    return this.kind.equals(kind) && group().equals(group);
  }

  public MappingNode metadata() {
    return node.mapping("metadata").orElse(MappingNode.empty(node.span()));
  }

  public MappingNode spec() {
    return node.mapping("spec").orElse(MappingNode.empty(node.span()));
  }

  /** The whole object: its first line. */
  public Span span() {
    return node.span();
  }

  /** The span for a field path, or of the nearest enclosing field that exists. */
  public Location locate(String path) {
    return new Location(NodePath.parse(path).locate(node), path);
  }

  /** The object as a whole, pointed at by its {@code kind} key when it has one. */
  public Location whole() {
    return new Location(node.keySpan("kind"), "");
  }

  /** "Deployment shop/web": how messages name an object. */
  public String describe() {
    String ns = effectiveNamespace();
    return kind + " " + (ns.isEmpty() ? "" : ns + "/") + name;
  }
}
