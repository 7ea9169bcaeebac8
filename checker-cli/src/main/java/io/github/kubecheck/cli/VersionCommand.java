package io.github.kubecheck.cli;

import io.github.kubecheck.KubeVersions;
import io.github.kubecheck.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kubecheck version}: the tool's version and the Kubernetes versions it knows. */
@Command(name = "version", mixinStandardHelpOptions = true,
    description = "Print kubecheck's version and the bundled Kubernetes versions.")
public final class VersionCommand implements Callable<Integer> {

  private final Env env;

  public VersionCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    env.out().println("kubecheck " + Version.get());
    env.out().println("Bundled Kubernetes schemas: " + String.join(", ", KubeVersions.bundled())
        + " (default " + KubeVersions.newest() + ")");
    env.out().println("--kube-version accepts: " + String.join(", ", KubeVersions.supported()));
    return ExitCodes.OK;
  }
}
