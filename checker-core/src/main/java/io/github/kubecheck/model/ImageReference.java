package io.github.kubecheck.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference read as the kubelet reads it (the distribution reference grammar,
 * normalized as {@code ParseNormalizedNamed} does): {@code [registry/]repository[:tag][@digest]}.
 *
 * @param domain the registry as written; empty when the reference names none (Docker Hub)
 * @param path the repository path as written, without registry, tag or digest
 * @param tag the tag as written; empty when none is written
 * @param digest {@code algorithm:hex}; empty when the image is not pinned
 */
public record ImageReference(Optional<String> domain, String path, Optional<String> tag,
    Optional<String> digest) {

  /** The registry a reference without one pulls from. */
  public static final String DEFAULT_REGISTRY = "docker.io";
  /** The tag a reference without tag and digest means. */
  public static final String DEFAULT_TAG = "latest";

  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*"
      + "[a-zA-Z0-9])";
  private static final Pattern DOMAIN = Pattern.compile("(?:" + DOMAIN_COMPONENT + "(?:\\."
      + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?");
  private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile(
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}");
  private static final Pattern TAG_SUFFIX = Pattern.compile(":([^:/]*)$");
  private static final int MAX_NAME = 255;

  /** Parses an image reference; empty when it is not one (e.g. uppercase, spaces, a template). */
  public static Optional<ImageReference> parse(String image) {
    String rest = image;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      String d = rest.substring(at + 1);
      if (!DIGEST.matcher(d).matches()) {
        return Optional.empty();
      }
      digest = Optional.of(d);
      rest = rest.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    Matcher t = TAG_SUFFIX.matcher(rest);
    if (t.find()) {
      if (!TAG.matcher(t.group(1)).matches()) {
        return Optional.empty();
      }
      tag = Optional.of(t.group(1));
      rest = rest.substring(0, t.start());
    }
    if (rest.isEmpty() || rest.length() > MAX_NAME) {
      return Optional.empty();
    }
    Optional<String> domain = Optional.empty();
    String path = rest;
    int slash = rest.indexOf('/');
    if (slash >= 0 && isDomain(rest.substring(0, slash))) {
      if (!DOMAIN.matcher(rest.substring(0, slash)).matches()) {
        return Optional.empty();
      }
      domain = Optional.of(rest.substring(0, slash));
      path = rest.substring(slash + 1);
    }
    if (!PATH.matcher(path).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(domain, path, tag, digest));
  }

  /**
   * Whether the first component names a registry: it has a dot or a port, is {@code localhost},
   * or has capitals (which a repository cannot).
   */
  private static boolean isDomain(String first) {
    return first.contains(".") || first.contains(":") || first.equals("localhost")
        || !first.toLowerCase(java.util.Locale.ROOT).equals(first);
  }

  /** The registry pulled from: as written, else Docker Hub. */
  public String registry() {
    return domain.orElse(DEFAULT_REGISTRY);
  }

  /** The repository as the registry knows it: Docker Hub's one-part names live under library/. */
  public String repository() {
    return registry().equals(DEFAULT_REGISTRY) && !path.contains("/") ? "library/" + path : path;
  }

  public boolean isPinned() {
    return digest.isPresent();
  }

  /**
   * The tag the kubelet works with: as written, else {@code latest} unless a digest pins the
   * image (then none), as the kubelet's image name parser reads it.
   */
  public Optional<String> effectiveTag() {
    return tag.isPresent() || digest.isPresent() ? tag : Optional.of(DEFAULT_TAG);
  }

  /**
   * The {@code imagePullPolicy} the API server fills in when none is written: {@code Always} for
   * the {@code latest} tag (written or implied), else {@code IfNotPresent}.
   */
  public String defaultPullPolicy() {
    return effectiveTag().filter(DEFAULT_TAG::equals).isPresent() ? "Always" : "IfNotPresent";
  }
}
