package io.github.kubecheck.baseline;

import io.github.kubecheck.model.GroupVersion;
import io.github.kubecheck.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * What makes two findings the same finding across commits: the rule, the object (API group, kind,
 * namespace, name; not the version, so moving to a newer apiVersion keeps it) and the path of the
 * field. Lines and files are left out on purpose, so edits elsewhere in the file, or moving the
 * object to another file, keep it the same. A finding that belongs to no object (a document that
 * is not YAML) is known by its file and message instead.
 */
public record FindingKey(String rule, String group, String kind, String namespace, String name,
    String path, String file, String message) {

  public static FindingKey of(Finding f) {
    if (f.object().isPresent()) {
      var o = f.object().get();
      return new FindingKey(f.rule(), GroupVersion.parse(o.apiVersion()).group(), o.kind(),
          o.namespace(), o.name(), f.path().orElse(""), "", "");
    }
    return new FindingKey(f.rule(), "", "", "", "", f.path().orElse(""), f.span().file(),
        f.message());
  }

  public boolean hasObject() {
    return !kind.isEmpty() || !name.isEmpty();
  }

  /** A stable hash of the key, for SARIF's partialFingerprints. */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(joined().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The order of a baseline file, so rewriting it gives small diffs. */
  static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::joined);

  private String joined() {
    return String.join("\u0000", rule, group, kind, namespace, name, path, file, message);
  }
}
