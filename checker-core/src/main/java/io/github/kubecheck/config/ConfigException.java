package io.github.kubecheck.config;

/** A configuration file that cannot be used: the run stops with exit code 2. */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
