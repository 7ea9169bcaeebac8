package io.github.kubecheck.cli;

import io.github.kubecheck.Checker;
import io.github.kubecheck.rbac.Decision;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.Request;
import io.github.kubecheck.rbac.Subject;
import io.github.kubecheck.rbac.UserInfo;
import io.github.kubecheck.rbac.Via;
import io.github.kubecheck.report.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubecheck rbac can-i VERB RESOURCE --as SUBJECT}: yes (exit 0) or no (exit 1). */
@Command(name = "can-i", mixinStandardHelpOptions = true,
    description = "Whether SUBJECT may do VERB on RESOURCE, and the bindings that allow it. "
        + "Exit code 1 means no.")
public final class RbacCanICommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Mixin
  RbacQuestion question;

  @Option(names = "--as", paramLabel = "SUBJECT", description = "user:NAME, group:NAME or "
      + "serviceaccount:NAMESPACE:NAME (also system:serviceaccount:NAMESPACE:NAME).")
  String as;

  private final Env env;
  private final Checker checker;

  public RbacCanICommand(Env env, Checker checker) {
    this.env = env;
    this.checker = checker;
  }

  @Override
  public Integer call() throws Exception {
    List<String> formats = options.formats(Set.of("text", "json"));
    if (as == null) {
      throw new UsageException("rbac can-i needs --as SUBJECT (user:NAME, group:NAME or "
          + "serviceaccount:NAMESPACE:NAME): kubecheck has no logged-in user");
    }
    Subject subject = UserInfo.parseSubject(as).orElseThrow(UsageException::new);
    Request request = question.request();
    Decision d = options.load(checker, question.paths, env).get(Rbac.INSTANCE)
        .authorize(UserInfo.of(subject), request);
    for (String f : formats) {
      options.write(env, f.equals("json") ? json(d) : text(d));
    }
    return d.allowed() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String json(Decision d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("allowed", d.allowed());
    out.put("via", RbacOutput.vias(d.via()));
    return Json.write(out);
  }

  private static String text(Decision d) {
    StringBuilder out = new StringBuilder(d.allowed() ? "yes\n" : "no\n");
    for (Via v : d.via()) {
      out.append("  via ").append(RbacOutput.viaText(v)).append('\n');
    }
    return out.toString();
  }
}
