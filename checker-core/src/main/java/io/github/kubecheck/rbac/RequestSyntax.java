package io.github.kubecheck.rbac;

import io.github.kubecheck.model.Names;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a question written as for {@code kubectl auth can-i}: VERB, then RESOURCE as
 * {@code PLURAL[.GROUP][/SUBRESOURCE]} (lower-cased, as kubectl does; a bare plural takes the
 * group that serves it) or a non-resource URL starting with {@code /}, an optional object name
 * and an optional namespace.
 */
public final class RequestSyntax {

  private static final Pattern VERB = Pattern.compile("[A-Za-z*][A-Za-z0-9*-]*");
  private static final Pattern PLURAL = Pattern.compile("[a-z0-9*]([-a-z0-9*]*)?");
  private static final Pattern GROUP = Pattern.compile("[a-z0-9*]([-a-z0-9*.]*[a-z0-9*])?");
  private static final Pattern URL = Pattern.compile("/\\S*");

  private RequestSyntax() {}

  /** A namespace given with {@code -n}: a DNS label, as the API server requires. */
  public static ParseResult<String> namespace(String namespace) {
    return Names.dns1123Label(namespace).isEmpty() ? ParseResult.ok(namespace)
        : ParseResult.invalid("-n must name a namespace (a lowercase RFC 1123 label), not \""
            + namespace + "\"");
  }

  public static ParseResult<Request> parse(String verb, String resource, String name,
      String namespace) {
    if (!VERB.matcher(verb).matches()) {
      return ParseResult.invalid("VERB must be a word such as get or create, not \"" + verb
          + "\"");
    }
    if (!namespace.isEmpty() && namespace(namespace) instanceof ParseResult.Invalid<String> bad) {
      return ParseResult.invalid(bad.reason());
    }
    if (resource.startsWith("/")) {
      if (!URL.matcher(resource).matches()) {
        return ParseResult.invalid("a non-resource URL cannot contain spaces: \"" + resource
            + "\"");
      }
      if (!name.isEmpty()) {
        return ParseResult.invalid("--name cannot be used with a non-resource URL");
      }
      return ParseResult.ok(new Request.NonResourceRequest(verb, resource));
    }
    String r = resource.toLowerCase(Locale.ROOT);
    String usage = "RESOURCE must be PLURAL[.GROUP][/SUBRESOURCE] (e.g. pods, "
        + "deployments.apps/scale) or a URL starting with /, not \"" + resource + "\"";
    String sub = "";
    int slash = r.indexOf('/');
    if (slash >= 0) {
      sub = r.substring(slash + 1);
      r = r.substring(0, slash);
      if (!PLURAL.matcher(sub).matches()) {
        return ParseResult.invalid(usage);
      }
    }
    String plural = r;
    String group;
    int dot = r.indexOf('.');
    if (dot >= 0) {
      plural = r.substring(0, dot);
      group = r.substring(dot + 1);
      if (!GROUP.matcher(group).matches()) {
        return ParseResult.invalid(usage);
      }
    } else {
      group = plural.equals("*") ? "" : ApiResources.builtIn().preferredGroup(plural).orElse("");
    }
    if (!PLURAL.matcher(plural).matches()) {
      return ParseResult.invalid(usage);
    }
    return ParseResult.ok(Request.ResourceRequest.of(verb, group, plural, sub, name, namespace));
  }
}
