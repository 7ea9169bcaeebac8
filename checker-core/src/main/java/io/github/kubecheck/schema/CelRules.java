package io.github.kubecheck.schema;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The CEL expressions of {@code x-kubernetes-validations}, compiled once each with CEL-Java and
 * its standard macros and string extensions. {@code self} is the value the rule sits on, of
 * dynamic type. Kubernetes' own CEL libraries (quantity, url, ip, lists, ...) are not there, so
 * rules that use them do not compile and are reported as not checked.
 */
final class CelRules {

  /** What evaluating a rule on one value gave. */
  sealed interface Outcome permits Passed, Failed, Unchecked {}

  record Passed() implements Outcome {}

  record Failed() implements Outcome {}

  /** The rule could not be evaluated here; {@code why} says so in a sentence's end. */
  record Unchecked(String why) implements Outcome {}

  private static final Pattern OLD_SELF = Pattern.compile("\\boldSelf\\b");
  private static final CelRules INSTANCE = new CelRules();

  private final Map<String, Optional<CelRuntime.Program>> programs = new ConcurrentHashMap<>();
  private final Map<String, String> compileErrors = new ConcurrentHashMap<>();
  private volatile CelCompiler compiler;
  private volatile CelRuntime runtime;

  private CelRules() {}

  static CelRules instance() {
    return INSTANCE;
  }

  /**
   * Whether the API server evaluates the rule when an object is created: transition rules
   * (those naming {@code oldSelf}) only run on updates.
   */
  static boolean appliesOnCreate(String rule) {
    return !OLD_SELF.matcher(rule).find();
  }

  Outcome evaluate(String rule, Object self) {
    Optional<CelRuntime.Program> program = programs.computeIfAbsent(rule, this::compile);
    if (program.isEmpty()) {
      return new Unchecked("it does not compile with kubecheck's CEL ("
          + compileErrors.getOrDefault(rule, "unknown error") + ")");
    }
    try {
      Object result = program.get().eval(Map.of("self", self));
      if (result instanceof Boolean b) {
        return b ? new Passed() : new Failed();
      }
      return new Unchecked("it gives " + result + ", not true or false");
    } catch (CelEvaluationException e) {
      return new Unchecked("evaluating it failed: " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      return new Unchecked("evaluating it failed: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  private Optional<CelRuntime.Program> compile(String rule) {
    try {
      CelAbstractSyntaxTree ast = compiler().compile(rule).getAst();
      return Optional.of(runtime().createProgram(ast));
    } catch (CelValidationException | CelEvaluationException | RuntimeException e) {
      compileErrors.put(rule, firstLine(String.valueOf(e.getMessage()))
          .replaceFirst("^ERROR: <input>:", "at "));
      return Optional.empty();
    }
  }

  /** Built on first use: loading CEL costs a noticeable part of a second. */
  private CelCompiler compiler() {
    if (compiler == null) {
      synchronized (this) {
        if (compiler == null) {
          compiler = CelCompilerFactory.standardCelCompilerBuilder()
              .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
              .addLibraries(CelExtensions.strings())
              .addVar("self", SimpleType.DYN)
              .build();
        }
      }
    }
    return compiler;
  }

  private CelRuntime runtime() {
    if (runtime == null) {
      synchronized (this) {
        if (runtime == null) {
          runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
              .addLibraries(CelExtensions.strings())
              .build();
        }
      }
    }
    return runtime;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
