package io.github.kubecheck.cli;

import io.github.kubecheck.rbac.Request;
import io.github.kubecheck.rbac.RequestSyntax;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** VERB RESOURCE [-n NS] [--name NAME] [PATH...]: the question can-i and who-can ask. */
public final class RbacQuestion {

  @Parameters(index = "0", paramLabel = "VERB", description = "get, list, create, ... or *.")
  String verb;

  @Parameters(index = "1", paramLabel = "RESOURCE",
      description = "PLURAL[.GROUP][/SUBRESOURCE] (pods, deployments.apps/scale, *) or a "
          + "non-resource URL such as /healthz.")
  String resource;

  @Parameters(index = "2..*", paramLabel = "PATH", arity = "0..*",
      description = "Files, folders or - for standard input. Default: the working folder.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
      description = "Ask in this namespace. Default: cluster-wide (only ClusterRoleBindings).")
  String namespace = "";

  @Option(names = "--name", paramLabel = "NAME", description = "The object's name.")
  String name = "";

  Request request() throws UsageException {
    return RequestSyntax.parse(verb, resource, name, namespace).orElseThrow(UsageException::new);
  }
}
