package io.github.kubecheck.source;

import java.util.List;

/** What the PATH arguments gave: files read, files skipped with a reason. */
public record Sources(List<SourceFile> files, List<SourceProblem> problems) {

  public Sources {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
