package io.github.kubecheck.cluster;

import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.source.InputException;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlLimits;
import io.github.kubecheck.yaml.YamlProblem;
import io.github.kubecheck.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Assembles the {@link Cluster}: the cluster file or the default one, bootstrap objects, input. */
public final class ClusterLoader {

  /** How findings and listings name the built-in files. */
  public static final String DEFAULT_CLUSTER = "(default cluster)";
  public static final String BOOTSTRAP = "(bootstrap)";

  private ClusterLoader() {}

  /** The built-in default cluster as YAML text, as {@code schedule --show-cluster} prints it. */
  public static String defaultClusterText() {
    return resourceText("default-cluster.yaml");
  }

  /**
   * The cluster a run simulates, as YAML text: the {@code --cluster} file (resolved against the
   * working folder) when one is given, else the built-in default cluster.
   */
  public static String clusterText(Path workingDir, Optional<String> clusterFile)
      throws InputException {
    if (clusterFile.isEmpty()) {
      return defaultClusterText();
    }
    try {
      return Files.readString(workingDir.resolve(clusterFile.get()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(clusterFile.get() + ": cannot read cluster file: "
          + e.getMessage());
    }
  }

  /** Reads a {@code --cluster} file; a broken file stops the run (exit 2), with its location. */
  public static Manifests readClusterFile(Path file, String shownAs, YamlLimits limits)
      throws InputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(shownAs + ": cannot read cluster file: " + e.getMessage());
    }
    ParsedFile parsed = new YamlReader(limits).read(shownAs, bytes);
    if (!parsed.problems().isEmpty()) {
      YamlProblem p = parsed.problems().get(0);
      throw new InputException(p.span() + ": cluster file: " + p.message());
    }
    return new Manifests(List.of(parsed), List.of());
  }

  public static Cluster assemble(Optional<Manifests> clusterFile, Manifests input) {
    return assemble(clusterFile, input, true);
  }

  /**
   * @param bootstrapRbac whether the API server's bootstrap RBAC policy (bootstrap-rbac.yaml:
   *     default ClusterRoles, bindings and controller service accounts) exists in the cluster
   */
  public static Cluster assemble(Optional<Manifests> clusterFile, Manifests input,
      boolean bootstrapRbac) {
    List<Resource> existing = new ArrayList<>();
    clusterFile.ifPresentOrElse(m -> existing.addAll(m.resources()),
        () -> existing.addAll(builtIn("default-cluster.yaml", DEFAULT_CLUSTER)));
    List<Resource> bootstrap = new ArrayList<>(builtIn("bootstrap.yaml", BOOTSTRAP));
    if (bootstrapRbac) {
      bootstrap.addAll(builtIn("bootstrap-rbac.yaml", BOOTSTRAP));
    }
    Set<String> present = new HashSet<>();
    existing.forEach(r -> present.add(identity(r)));
    for (Resource b : bootstrap) {
      if (!present.contains(identity(b))) {
        existing.add(b);
      }
    }
    existing.addAll(defaultServiceAccounts(existing, input));
    return new Cluster(existing, input, clusterFile.isEmpty());
  }

  /** Every namespace gets a {@code default} ServiceAccount, as the controller makes it. */
  private static List<Resource> defaultServiceAccounts(List<Resource> existing, Manifests input) {
    Set<String> namespaces = new TreeSet<>();
    List<Resource> everything = new ArrayList<>(existing);
    everything.addAll(input.resources());
    for (Resource r : everything) {
      if (r.is("", "Namespace") && !r.name().isEmpty()) {
        namespaces.add(r.name());
      } else if (!r.effectiveNamespace().isEmpty()) {
        namespaces.add(r.effectiveNamespace());
      }
    }
    Set<String> haveDefault = new TreeSet<>();
    for (Resource r : everything) {
      if (r.is("", "ServiceAccount") && r.name().equals("default")) {
        haveDefault.add(r.effectiveNamespace());
      }
    }
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
    for (String ns : namespaces) {
      if (!haveDefault.contains(ns)) {
        yaml.append("- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n")
            .append("    name: default\n    namespace: \"").append(ns).append("\"\n");
      }
    }
    return parse(yaml.toString(), BOOTSTRAP);
  }

  /** Group, kind, namespace and name: what makes two documents the same object. */
  private static String identity(Resource r) {
    return r.group() + "/" + r.kind() + "/" + r.effectiveNamespace() + "/" + r.name();
  }

  private static List<Resource> builtIn(String resource, String shownAs) {
    return parse(resourceText(resource), shownAs);
  }

  private static List<Resource> parse(String text, String shownAs) {
    ParsedFile parsed = new YamlReader(YamlLimits.DEFAULT)
        .read(shownAs, text.getBytes(StandardCharsets.UTF_8));
    if (!parsed.problems().isEmpty()) {
      throw new IllegalStateException("built-in " + shownAs + " is broken: " + parsed.problems());
    }
    return new Manifests(List.of(parsed), List.of()).resources();
  }

  private static String resourceText(String name) {
    try (InputStream in = ClusterLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
