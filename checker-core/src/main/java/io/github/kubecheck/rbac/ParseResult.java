package io.github.kubecheck.rbac;

import java.util.function.Function;

/** A value read from the command line, or the one-line reason it could not be read. */
public sealed interface ParseResult<T> permits ParseResult.Ok, ParseResult.Invalid {

  record Ok<T>(T value) implements ParseResult<T> {}

  record Invalid<T>(String reason) implements ParseResult<T> {}

  static <T> ParseResult<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> ParseResult<T> invalid(String reason) {
    return new Invalid<>(reason);
  }

  /** The value, or the exception {@code onInvalid} makes of the reason. */
  default <E extends Exception> T orElseThrow(Function<String, E> onInvalid) throws E {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw onInvalid.apply(((Invalid<T>) this).reason());
  }
}
