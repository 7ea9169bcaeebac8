package io.github.kubecheck.rbac;

import java.util.List;

/** The authorizer's answer and every grant that allows the request, in visiting order. */
public record Decision(boolean allowed, List<Via> via) {

  public Decision {
    via = List.copyOf(via);
  }
}
