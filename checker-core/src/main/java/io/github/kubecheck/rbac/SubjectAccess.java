package io.github.kubecheck.rbac;

import java.util.List;

/** A subject who can make a request, with every grant that lets it. */
public record SubjectAccess(Subject subject, List<Via> via) {

  public SubjectAccess {
    via = List.copyOf(via);
  }
}
