package io.github.kubecheck.cli;

import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.source.SourceProblem;
import io.github.kubecheck.yaml.ParsedFile;
import io.github.kubecheck.yaml.YamlProblem;
import java.io.PrintStream;

/**
 * What the commands that answer a question (schedule, rbac, netpol) could not read of their
 * input, said on standard error with its place; `lint` reports the same as findings. The rest of
 * the input is used, so the answer goes on.
 */
final class InputWarnings {

  private InputWarnings() {}

  static void print(Manifests manifests, PrintStream err) {
    for (SourceProblem p : manifests.skipped()) {
      err.println("kubecheck: warning: " + p.path() + ": " + p.message() + " (not read)");
    }
    for (ParsedFile f : manifests.files()) {
      for (YamlProblem p : f.problems()) {
        err.println("kubecheck: warning: " + p.span() + ": " + p.message());
      }
    }
    for (Manifests.NotAnObject n : manifests.notObjects()) {
      err.println("kubecheck: warning: " + n.document().root().span()
          + ": this document is not an object with apiVersion and kind; it is left out");
    }
  }
}
