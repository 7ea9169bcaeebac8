package io.github.kubecheck.analysis;

/**
 * A fact computed from the whole run (placements, RBAC answers, connectivity, Pod Security
 * results). Pure: the same facts give the same result. {@link Facts#get} computes each at most
 * once per run, and only when a rule or command asks for it. Implementations are singletons.
 */
public interface Analysis<T> {

  T compute(Facts facts);
}
