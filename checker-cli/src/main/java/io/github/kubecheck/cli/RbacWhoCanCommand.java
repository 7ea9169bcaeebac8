package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.Request;
import io.github.kubecheck.rbac.SubjectAccess;
import io.github.kubecheck.rbac.Via;
import io.github.kubecheck.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kubecheck rbac who-can VERB RESOURCE}: every subject that may, and why. */
@Command(name = "who-can", mixinStandardHelpOptions = true,
    description = "Every subject that may do VERB on RESOURCE, with the binding and role that "
        + "allow it.")
public final class RbacWhoCanCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Mixin
  RbacQuestion question;

  private final Env env;
  private final Checker checker;

  public RbacWhoCanCommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    List<String> formats = options.formats(Set.of("text", "json"));
    Request request = question.request();
    List<SubjectAccess> who = options.load(checker, question.paths, env).get(Rbac.INSTANCE)
        .whoCan(request);
    for (String f : formats) {
      options.write(env, f.equals("json") ? json(who) : text(who));
    }
    return ExitCodes.OK;
  }

  private static String json(List<SubjectAccess> who) {
    List<Object> subjects = new ArrayList<>();
    for (SubjectAccess s : who) {
      Map<String, Object> m = RbacOutput.subject(s.subject());
      m.put("via", RbacOutput.vias(s.via()));
      subjects.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("subjects", subjects);
    return Json.write(out);
  }

  private static String text(List<SubjectAccess> who) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("KIND", "NAMESPACE", "NAME", "VIA"));
    for (SubjectAccess s : who) {
      boolean first = true;
      for (Via v : s.via()) {
        rows.add(first ? List.of(s.subject().kind(), s.subject().namespace(), s.subject().name(),
            RbacOutput.viaText(v)) : List.of("", "", "", RbacOutput.viaText(v)));
        first = false;
      }
    }
    return RbacOutput.table(rows);
  }
}
