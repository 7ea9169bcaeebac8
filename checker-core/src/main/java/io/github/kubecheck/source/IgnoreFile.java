package io.github.kubecheck.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of a {@code .kubecheckignore} file, in the spirit of {@code .gitignore}: one glob a
 * line, {@code #} comments, a pattern without a slash matches a name at any depth, a pattern with a
 * slash matches the path from the ignore file's folder, a trailing slash matches folders only, and
 * {@code !} re-includes.
 */
public final class IgnoreFile {

  public static final String NAME = ".kubecheckignore";

  private record Pattern(PathMatcher matcher, boolean anyDepth, boolean dirOnly, boolean negated) {}

  private final Path base;
  private final List<Pattern> patterns;

  private IgnoreFile(Path base, List<Pattern> patterns) {
    this.base = base;
    this.patterns = patterns;
  }

  /** Reads the ignore file of {@code dir} if it has one; otherwise an ignore file that ignores nothing. */
  public static IgnoreFile of(Path dir) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return new IgnoreFile(dir, List.of());
    }
    return parse(dir, Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static IgnoreFile parse(Path base, List<String> lines) {
    List<Pattern> patterns = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated) {
        line = line.substring(1);
      }
      boolean dirOnly = line.endsWith("/");
      if (dirOnly) {
        line = line.substring(0, line.length() - 1);
      }
      boolean anchored = line.startsWith("/");
      if (anchored) {
        line = line.substring(1);
      }
      boolean anyDepth = !anchored && !line.contains("/");
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + line);
      patterns.add(new Pattern(m, anyDepth, dirOnly, negated));
    }
    return new IgnoreFile(base, List.copyOf(patterns));
  }

  public boolean ignores(Path path, boolean isDirectory) {
    Path rel = base.relativize(path);
    boolean ignored = false;
    for (Pattern p : patterns) {
      if (p.dirOnly && !isDirectory) {
        continue;
      }
      boolean hit = p.anyDepth
          ? rel.getFileName() != null && p.matcher.matches(rel.getFileName())
          : p.matcher.matches(rel);
      if (hit) {
        ignored = !p.negated;
      }
    }
    return ignored;
  }
}
