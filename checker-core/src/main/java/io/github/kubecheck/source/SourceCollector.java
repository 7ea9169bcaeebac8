package io.github.kubecheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns PATH arguments into source files: files as named, folders walked recursively in sorted
 * order for *.yaml, *.yml and *.json (hidden files and folders and {@code .kubecheckignore} patterns
 * skipped), and {@code -} for standard input. Files over the size limit are not read but reported.
 */
public final class SourceCollector {

  private final Path workingDir;
  private final long maxFileBytes;
  private final Globs excludes;
  private final Globs includes;

  /**
   * @param excludes globs over the path as displayed (relative to the working folder), from the
   *     configuration's {@code exclude} list
   */
  public SourceCollector(Path workingDir, long maxFileBytes, List<String> excludes) {
    this(workingDir, maxFileBytes, excludes, List.of());
  }

  /**
   * @param includes when not empty, a file found in a folder is read only if one of these globs
   *     matches its displayed path; files named as arguments are always read
   */
  public SourceCollector(Path workingDir, long maxFileBytes, List<String> excludes,
      List<String> includes) {
    this.workingDir = workingDir;
    this.maxFileBytes = maxFileBytes;
    this.excludes = Globs.of(excludes);
    this.includes = Globs.of(includes);
  }

  public Sources collect(List<String> args, InputStream stdin) throws InputException {
    List<SourceFile> files = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    List<String> effective = args.isEmpty() ? List.of(".") : args;
    for (String arg : effective) {
      if (arg.equals(SourceFile.STDIN)) {
        readStdin(stdin, files, problems);
        continue;
      }
      Path path = workingDir.resolve(arg);
      if (Files.isDirectory(path)) {
        walk(arg, path, files, problems);
      } else if (Files.isRegularFile(path)) {
        read(display(arg, null), path, files, problems);
      } else if (Files.exists(path)) {
        throw new InputException(arg + ": not a regular file or folder");
      } else {
        throw new InputException(arg + ": no such file or folder");
      }
    }
    return new Sources(files, problems);
  }

  private void walk(String arg, Path root, List<SourceFile> files, List<SourceProblem> problems)
      throws InputException {
    List<Path> found = new ArrayList<>();
    try {
      collectDir(root, root, new ArrayList<>(), found);
    } catch (IOException e) {
      throw new InputException(arg + ": cannot read folder: " + e.getMessage());
    }
    for (Path file : found) {
      String shown = display(arg, root.relativize(file));
      if (!excluded(shown)) {
        read(shown, file, files, problems);
      }
    }
  }

  private void collectDir(Path root, Path dir, List<IgnoreFile> ignores, List<Path> out)
      throws IOException {
    List<IgnoreFile> scope = new ArrayList<>(ignores);
    scope.add(IgnoreFile.of(dir));
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      boolean isDir = Files.isDirectory(child);
      if (scope.stream().anyMatch(i -> i.ignores(child, isDir))) {
        continue;
      }
      if (isDir) {
        if (!name.startsWith(".") && !Files.isSymbolicLink(child)) {
          collectDir(root, child, scope, out);
        }
      } else if (!name.startsWith(".") && isManifestName(name) && Files.isRegularFile(child)) {
        // Hidden files in a folder are tool settings (.kubecheck.yaml, .pre-commit-config.yaml,
        // .gitlab-ci.yml), not manifests; one named on the command line is still read.
        out.add(child);
      }
    }
  }

  static boolean isManifestName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  private boolean excluded(String shown) {
    Path p = Path.of(shown);
    return excludes.matches(p) || !includes.isEmpty() && !includes.matches(p);
  }

  private void read(String shown, Path file, List<SourceFile> files, List<SourceProblem> problems)
      throws InputException {
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        problems.add(new SourceProblem(shown, tooLarge(size)));
        return;
      }
      files.add(new SourceFile(shown, Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new InputException(shown + ": cannot read: " + e.getMessage());
    }
  }

  private void readStdin(InputStream in, List<SourceFile> files, List<SourceProblem> problems)
      throws InputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
      if (bytes.length > maxFileBytes) {
        problems.add(new SourceProblem(SourceFile.STDIN, tooLarge(bytes.length)
            .replace("file is", "standard input is at least")));
        return;
      }
      files.add(new SourceFile(SourceFile.STDIN, bytes));
    } catch (IOException e) {
      throw new InputException("cannot read standard input: " + e.getMessage());
    }
  }

  private String tooLarge(long size) {
    return "file is " + size + " bytes, over the limit of " + maxFileBytes
        + " bytes (limits.maxFileBytes in .kubecheck.yaml); it was not read";
  }

  private static String display(String arg, Path relative) {
    Path base = Path.of(arg);
    Path shown = relative == null ? base : base.resolve(relative);
    String s = shown.normalize().toString().replace('\\', '/');
    return s.isEmpty() ? arg : s;
  }
}
