package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Environment variables whose name says secret and whose value is written in the manifest. */
@RuleInfo(id = "secret-literal-in-env", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A container's environment variable looks like a secret (its name says password, "
        + "token, secret or key) and its value is written in the manifest.",
    rationale = "A literal value in a manifest ends up in version control, in every copy of the "
        + "repository, in CI logs and in the object the API server stores unencrypted, readable "
        + "by anyone who may read the workload. The name is split into words (at _, -, . and "
        + "lower-to-upper case changes) and flagged when one of them is a secret word, or ends "
        + "with one of five letters or more (PGPASSWORD, GITHUBTOKEN; short words such as KEY "
        + "must stand alone, so MONKEY is not flagged); names whose last word says the value is "
        + "something else (a _FILE path, a _NAME, a _URL, an _ID) are not, and neither are empty "
        + "values, booleans, plain numbers, absolute paths and values made only of $(VAR) "
        + "references. The value itself is never printed.",
    remediation = "Put the value in a Secret created outside the repository (or by a secrets "
        + "operator), mount it as a file, and point the program at the file (for example with "
        + "a *_FILE variable).",
    params = {
        @RuleParam(name = "words",
            defaultValue = "PASSWORD,PASSWD,PWD,PASS,PASSPHRASE,SECRET,TOKEN,KEY,APIKEY,"
                + "CREDENTIAL,CREDENTIALS",
            description = "Words of a variable name that make it look secret (any case)."),
        @RuleParam(name = "ignoredLastWords",
            defaultValue = "FILE,PATH,DIR,NAME,REF,URL,URI,ENDPOINT,HOST,PORT,ID,TYPE,ENABLED,"
                + "LENGTH,TTL,TIMEOUT,HEADER,ALGORITHM,FORMAT,VERSION,PREFIX,SIZE,FIELD,KIND",
            description = "Last words of a name that say the value is not the secret itself.")})
public final class SecretLiteralInEnv implements Rule {

  private static final Pattern WORD_BREAK = Pattern.compile("[_.\\-]+|(?<=[a-z0-9])(?=[A-Z])");
  /** Secret words this long also count at the end of a longer word (PGPASSWORD, GITHUBTOKEN). */
  private static final int COMPOUND_MIN = 5;
  private static final Pattern NOT_SECRET = Pattern.compile(
      "(?i)true|false|yes|no|on|off|-?[0-9]+|/.*|(\\$\\([A-Za-z_][A-Za-z0-9_]*\\)\\s*)+");

  @Override
  public void check(RuleContext ctx) {
    Set<String> words = upper(ctx.listParam("words"));
    Set<String> ignored = upper(ctx.listParam("ignoredLastWords"));
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      for (Container c : t.containers()) {
        SecretInEnv.each(c, "env", (i, e) -> {
          String name = e.text("name").orElse("");
          String value = e.text("value").orElse("");
          if (value.isBlank() || NOT_SECRET.matcher(value.strip()).matches()
              || !looksSecret(name, words, ignored)) {
            return;
          }
          ctx.report(t.owner(), c.locate("env[" + i + "].value"), c.describe() + " sets "
              + "environment variable \"" + name + "\", which looks like a secret, to a value "
              + "written in the manifest; keep it in a Secret and mount it as a file");
        });
      }
    }
  }

  static boolean looksSecret(String name, Set<String> words, Set<String> ignoredLast) {
    List<String> parts = Arrays.stream(WORD_BREAK.split(name)).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).toList();
    if (parts.isEmpty() || ignoredLast.contains(parts.get(parts.size() - 1))) {
      return false;
    }
    return parts.stream().anyMatch(p -> words.contains(p) || words.stream()
        .anyMatch(w -> w.length() >= COMPOUND_MIN && p.endsWith(w)));
  }

  private static Set<String> upper(List<String> items) {
    return items.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
  }
}
