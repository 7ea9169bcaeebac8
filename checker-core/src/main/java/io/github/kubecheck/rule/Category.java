package io.github.kubecheck.rule;

import java.util.Locale;

/** The contract's finding categories. */
public enum Category {
  YAML,
  SCHEMA,
  API_VERSION,
  POD_SECURITY,
  SECURITY,
  RELIABILITY,
  RESOURCES,
  SCHEDULING,
  RBAC,
  NETWORK,
  REFERENCES,
  CONFIG;

  /** The name in reports: {@code api-version}, {@code pod-security}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
