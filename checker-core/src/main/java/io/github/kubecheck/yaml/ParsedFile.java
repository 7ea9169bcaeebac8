package io.github.kubecheck.yaml;

import java.util.List;

/**
 * A source file read as YAML: the documents that could be read and the problems met. {@code text}
 * is the decoded content (empty when it could not be decoded), kept to quote source lines.
 */
public record ParsedFile(String path, String text, List<YamlDocument> documents,
    List<YamlProblem> problems) {

  public ParsedFile {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
