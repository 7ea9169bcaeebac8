package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.rbac.AccessList;
import io.github.kubecheck.rbac.AccessRule;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.RequestSyntax;
import io.github.kubecheck.rbac.ScopedRules;
import io.github.kubecheck.rbac.Subject;
import io.github.kubecheck.rbac.UserInfo;
import io.github.kubecheck.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kubecheck rbac rules SUBJECT}: what a subject may do, per namespace. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "The effective rules of SUBJECT, merged and sorted as kubectl auth can-i "
        + "--list shows them: cluster-wide, then in each namespace where a RoleBinding applies "
        + "to it (or only in -n NS).")
public final class RbacRulesCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Parameters(index = "0", paramLabel = "SUBJECT", description = "user:NAME, group:NAME or "
      + "serviceaccount:NAMESPACE:NAME (also system:serviceaccount:NAMESPACE:NAME).")
  String subject;

  @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*",
      description = "Files, folders or - for standard input. Default: the working folder.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
      description = "Only this namespace (its RoleBindings and the ClusterRoleBindings).")
  String namespace;

  private final Env env;
  private final Checker checker;

  public RbacRulesCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    List<String> formats = options.formats(Set.of("text", "json"));
    Subject s = UserInfo.parseSubject(subject).orElseThrow(UsageException::new);
    if (namespace != null) {
      RequestSyntax.namespace(namespace).orElseThrow(UsageException::new);
    }
    List<ScopedRules> scopes = options.load(checker, paths, env).get(Rbac.INSTANCE)
        .rulesOf(UserInfo.of(s), Optional.ofNullable(namespace));
    for (String f : formats) {
      options.write(env, f.equals("json") ? json(s, scopes) : text(scopes));
    }
    return ExitCodes.OK;
  }

  private static String json(Subject s, List<ScopedRules> scopes) {
    List<Object> out = new ArrayList<>();
    for (ScopedRules scope : scopes) {
      List<Object> rules = new ArrayList<>();
      for (AccessRule r : scope.rules()) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "apiGroups", r.rule().apiGroups());
        put(m, "resources", r.rule().resources());
        put(m, "resourceNames", r.rule().resourceNames());
        put(m, "nonResourceURLs", r.rule().nonResourceURLs());
        m.put("verbs", r.rule().verbs());
        m.put("via", RbacOutput.vias(r.via()));
        rules.add(m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("namespace", scope.namespace());
      m.put("rules", rules);
      out.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("subject", RbacOutput.subject(s));
    root.put("scopes", out);
    return Json.write(root);
  }

  private static void put(Map<String, Object> m, String key, List<String> values) {
    if (!values.isEmpty()) {
      m.put(key, values);
    }
  }

  private static String text(List<ScopedRules> scopes) {
    StringBuilder out = new StringBuilder();
    for (ScopedRules scope : scopes) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(scope.namespace().isEmpty() ? "Cluster-wide (ClusterRoleBindings):\n"
          : "In namespace " + scope.namespace() + " (ClusterRoleBindings and RoleBindings in "
              + scope.namespace() + "):\n");
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("Resources", "Non-Resource URLs", "Resource Names", "Verbs"));
      for (AccessRule r : scope.rules()) {
        rows.add(List.of(r.rule().resourceText(), AccessList.list(r.rule().nonResourceURLs()),
            AccessList.list(r.rule().resourceNames()), AccessList.list(r.rule().verbs())));
      }
      out.append(RbacOutput.table(rows));
    }
    return out.toString();
  }
}
