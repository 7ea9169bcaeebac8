package io.github.kubecheck;

/**
 * An option's value cannot be used (an unsupported Kubernetes version, an unknown failure level).
 * Carries the option's neutral name so each front end can name it its own way
 * ({@code --kube-version} on the command line, {@code kubeVersion} in a pom).
 */
public final class RequestException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String option;

  public RequestException(String option, String message) {
    super(message);
    this.option = option;
  }

  /** One of {@code kubeVersion}, {@code failOn}. */
  public String option() {
    return option;
  }
}
