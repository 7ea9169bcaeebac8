package io.github.kubecheck.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a file into documents of kubecheck's own nodes. The stream is split on {@code ---} lines
 * first, as kubectl does, so a broken document does not hide the ones after it. Nothing here
 * throws on bad input: every problem comes back located.
 */
public final class YamlReader {

  private final YamlLimits limits;

  public YamlReader(YamlLimits limits) {
    this.limits = limits;
  }

  public ParsedFile read(String path, byte[] content) {
    TextDecoder.Result decoded = TextDecoder.decode(path, content);
    if (decoded.problem().isPresent()) {
      return new ParsedFile(path, "", List.of(), List.of(decoded.problem().get()));
    }
    String text = decoded.text().orElseThrow();
    List<YamlDocument> documents = new ArrayList<>();
    List<YamlProblem> problems = new ArrayList<>();
    boolean json = looksLikeJson(path, text);
    for (Chunk chunk : split(text)) {
      readChunk(path, json ? chunk.text.replace('\t', ' ') : chunk.text, chunk.firstLine,
          documents, problems);
    }
    return new ParsedFile(path, text, documents, problems);
  }

  private void readChunk(String path, String text, int lineOffset, List<YamlDocument> documents,
      List<YamlProblem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxDocumentChars());
    options.setProcessComments(false);
    NodeConverter converter = new NodeConverter(path, lineOffset, limits, problems);
    try {
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options);
      while (composer.checkNode()) {
        org.yaml.snakeyaml.nodes.Node raw = composer.getNode();
        Node root = converter.convert(raw);
        if (root instanceof ScalarNode s && s.isNull()) {
          continue;
        }
        documents.add(new YamlDocument(path, documents.size(), root));
      }
    } catch (MarkedYAMLException e) {
      problems.add(syntax(path, lineOffset, e));
    } catch (NodeConverter.LimitExceeded e) {
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, e.span(), e.getMessage()));
    } catch (YAMLException e) {
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, Span.at(path, lineOffset, 1),
          limitMessage(e.getMessage())));
    } catch (StackOverflowError e) {
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, Span.at(path, lineOffset, 1),
          "document is nested too deeply to read (limits.maxDepth)"));
    } catch (RuntimeException e) {
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, Span.at(path, lineOffset, 1),
          "cannot be read as YAML: " + e.getClass().getSimpleName()));
    }
  }

  private String limitMessage(String raw) {
    String message = raw == null ? "cannot be read as YAML" : raw;
    if (message.contains("exceeds the limit")) {
      return "document is larger than " + limits.maxDocumentChars()
          + " characters (limits.maxDocumentChars); the API server refuses objects this large";
    }
    if (message.contains("Nesting Depth")) {
      return "document is nested deeper than " + limits.maxDepth() + " levels (limits.maxDepth)";
    }
    if (message.contains("aliases")) {
      return "document uses more than " + limits.maxAliases()
          + " aliases to collections (limits.maxAliases)";
    }
    return message;
  }

  private static YamlProblem syntax(String path, int lineOffset, MarkedYAMLException e) {
    // At the end of a document the problem mark points past it; where the unclosed construct
    // began (the context mark) is what the user must fix.
    String raw = Optional.ofNullable(e.getProblem()).orElse("");
    boolean atEnd = raw.contains("end of stream") || raw.contains("<stream end>");
    Mark mark = atEnd && e.getContextMark() != null ? e.getContextMark()
        : Optional.ofNullable(e.getProblemMark()).orElse(e.getContextMark());
    Span span = mark == null
        ? Span.at(path, lineOffset, 1)
        : Span.at(path, lineOffset + mark.getLine(), mark.getColumn() + 1);
    String problem = Optional.ofNullable(e.getProblem()).orElse("syntax error");
    String message;
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      message = "tab character: YAML does not allow tabs for indentation; use spaces";
    } else {
      String context = e.getContext();
      if (atEnd && context != null) {
        message = "the document ends " + context.replaceFirst("^while ", "while still ")
            + " that starts here: close it";
      } else {
        message = context == null ? problem : problem + " (" + context + ")";
      }
    }
    return new YamlProblem(YamlProblem.Kind.SYNTAX, span, message);
  }

  private static boolean looksLikeJson(String path, String text) {
    if (path.endsWith(".json")) {
      return true;
    }
    String t = text.stripLeading();
    return t.startsWith("{") || t.startsWith("[");
  }

  private record Chunk(String text, int firstLine) {}

  /** Splits on lines that start a new document ({@code ---}), keeping the marker line. */
  private static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    int startLine = 1;
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      int next = end < 0 ? text.length() : end + 1;
      if (i > start && isDocumentStart(text, i, end < 0 ? text.length() : end)) {
        chunks.add(new Chunk(text.substring(start, i), startLine));
        start = i;
        startLine = line;
      }
      i = next;
      line++;
    }
    chunks.add(new Chunk(text.substring(start), startLine));
    return chunks;
  }

  private static boolean isDocumentStart(String text, int from, int to) {
    if (!text.startsWith("---", from)) {
      return false;
    }
    return to - from == 3 || Character.isWhitespace(text.charAt(from + 3));
  }
}
