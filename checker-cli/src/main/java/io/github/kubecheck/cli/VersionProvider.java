package io.github.kubecheck.cli;

import io.github.kubecheck.Version;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code kubecheck --version}. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"kubecheck " + Version.get()};
  }
}
