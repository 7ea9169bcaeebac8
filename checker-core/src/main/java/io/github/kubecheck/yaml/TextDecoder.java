package io.github.kubecheck.yaml;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a manifest's bytes as Kubernetes reads them: UTF-8 (with or without a byte order mark),
 * or UTF-16 with a byte order mark. Binary content and invalid UTF-8 are located problems.
 */
final class TextDecoder {

  /** Either the text or the problem that kept it from being read. */
  record Result(Optional<String> text, Optional<YamlProblem> problem) {}

  private TextDecoder() {}

  static Result decode(String file, byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(file, bytes, 3);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return ok(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return ok(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    return utf8(file, bytes, 0);
  }

  private static Result utf8(String file, byte[] bytes, int start) {
    int i = start;
    int line = 1;
    int column = 1;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length;
      if (b == 0) {
        return problem(Span.at(file, line, column),
            "binary content (a NUL byte at offset " + i + "): this is not a YAML or JSON file");
      } else if (b < 0x80) {
        length = 1;
      } else if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
      } else {
        return invalid(file, line, column, i, b);
      }
      if (i + length > bytes.length) {
        return invalid(file, line, column, i, b);
      }
      for (int k = 1; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return invalid(file, line, column, i, b);
        }
      }
      if (b == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += length;
    }
    return ok(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
  }

  private static Result invalid(String file, int line, int column, int offset, int b) {
    return problem(Span.at(file, line, column), String.format(
        "invalid UTF-8 (byte 0x%02X at offset %d): Kubernetes reads manifests as UTF-8; "
            + "save the file as UTF-8", b, offset));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if ((bytes[k] & 0xFF) != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static Result ok(String text) {
    return new Result(Optional.of(text), Optional.empty());
  }

  private static Result problem(Span span, String message) {
    return new Result(Optional.empty(),
        Optional.of(new YamlProblem(YamlProblem.Kind.SYNTAX, span, message)));
  }
}
