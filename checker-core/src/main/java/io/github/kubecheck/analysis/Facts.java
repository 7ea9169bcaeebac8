package io.github.kubecheck.analysis;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.config.Configuration;
import io.github.kubecheck.model.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one run knows: the input manifests, the cluster they would be applied to, the Kubernetes
 * version and the configuration, and the analyses computed from them, memoized.
 */
public final class Facts {

  private final Manifests manifests;
  private final Supplier<Cluster> cluster;
  private final String kubeVersion;
  private final Configuration config;
  private final List<Path> schemaLocations;
  private final Map<Analysis<?>, Memo<?>> memos = new ConcurrentHashMap<>();

  public Facts(Manifests manifests, Supplier<Cluster> cluster, String kubeVersion,
      Configuration config) {
    this(manifests, cluster, kubeVersion, config, List.of());
  }

  public Facts(Manifests manifests, Supplier<Cluster> cluster, String kubeVersion,
      Configuration config, List<Path> schemaLocations) {
    this.schemaLocations = List.copyOf(schemaLocations);
    this.manifests = manifests;
    this.cluster = new Memo<>(cluster);
    this.kubeVersion = kubeVersion;
    this.config = config;
  }

  public Manifests manifests() {
    return manifests;
  }

  /** The world the simulations run in: the cluster objects plus the input as if applied. */
  public Cluster cluster() {
    return cluster.get();
  }

  /** The Kubernetes minor version checked against, e.g. {@code 1.31}. */
  public String kubeVersion() {
    return kubeVersion;
  }

  public Configuration config() {
    return config;
  }

  /** Folders of extra JSON Schema files (--schema-location). */
  public List<Path> schemaLocations() {
    return schemaLocations;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Analysis<T> analysis) {
    Memo<T> memo = (Memo<T>) memos.computeIfAbsent(analysis,
        a -> new Memo<>(() -> analysis.compute(this)));
    return memo.get();
  }

  private static final class Memo<T> implements Supplier<T> {
    private final Supplier<T> supplier;
    private volatile boolean done;
    private T value;

    Memo(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    @Override
    public T get() {
      if (!done) {
        synchronized (this) {
          if (!done) {
            value = supplier.get();
            done = true;
          }
        }
      }
      return value;
    }
  }
}
