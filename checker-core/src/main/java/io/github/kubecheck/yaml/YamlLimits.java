package io.github.kubecheck.yaml;

/**
 * Bounds on what one input may cost, so hostile files cannot exhaust time or memory. Each is set in
 * {@code .kubecheck.yaml} under {@code limits}.
 *
 * @param maxFileBytes files larger than this are not read (limits.maxFileBytes)
 * @param maxDocumentChars one YAML document may hold this many characters; the API server itself
 *     refuses request bodies over 3 MiB (limits.maxDocumentChars)
 * @param maxAliases aliases to collections allowed in one document (limits.maxAliases)
 * @param maxDepth nesting of mappings and sequences (limits.maxDepth)
 * @param maxNodes nodes in one document after aliases are expanded (limits.maxNodes)
 */
public record YamlLimits(long maxFileBytes, int maxDocumentChars, int maxAliases, int maxDepth,
    int maxNodes) {

  public static final YamlLimits DEFAULT =
      new YamlLimits(32L * 1024 * 1024, 3 * 1024 * 1024, 100, 200, 1_000_000);
}
