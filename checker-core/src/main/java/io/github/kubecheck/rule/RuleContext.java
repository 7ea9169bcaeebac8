package io.github.kubecheck.rule;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.config.Configuration;
import io.github.kubecheck.config.RuleSetting;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What one rule sees during a run, and where it reports. */
public final class RuleContext {

  private final RuleMetadata metadata;
  private final Severity severity;
  private final Facts facts;
  private final Optional<RuleSetting> setting;
  private final FindingSink sink;
  private final Set<String> knownRuleIds;
  private final Map<String, RuleMetadata> knownRules;
  private final Set<String> activeRuleIds;

  /**
   * A context in a run whose active rules are not known: every known rule counts as active, and
   * other rules' metadata is not available.
   */
  public RuleContext(RuleMetadata metadata, Severity severity, Facts facts,
      Optional<RuleSetting> setting, FindingSink sink, Set<String> knownRuleIds) {
    this(metadata, severity, facts, setting, sink, knownRuleIds, Map.of(), knownRuleIds);
  }

  /**
   * @param knownRules every rule of the build, by id, for checking what users write about them
   * @param activeRuleIds the rules that run in this run, so a rule can leave to another a
   *     problem that both would report
   */
  public RuleContext(RuleMetadata metadata, Severity severity, Facts facts,
      Optional<RuleSetting> setting, FindingSink sink, Map<String, RuleMetadata> knownRules,
      Set<String> activeRuleIds) {
    this(metadata, severity, facts, setting, sink, knownRules.keySet(), knownRules,
        activeRuleIds);
  }

  private RuleContext(RuleMetadata metadata, Severity severity, Facts facts,
      Optional<RuleSetting> setting, FindingSink sink, Set<String> knownRuleIds,
      Map<String, RuleMetadata> knownRules, Set<String> activeRuleIds) {
    this.metadata = metadata;
    this.severity = severity;
    this.facts = facts;
    this.setting = setting;
    this.sink = sink;
    this.knownRuleIds = Set.copyOf(knownRuleIds);
    this.knownRules = Map.copyOf(knownRules);
    this.activeRuleIds = Set.copyOf(activeRuleIds);
  }

  public Facts facts() {
    return facts;
  }

  public Manifests manifests() {
    return facts.manifests();
  }

  public <T> T analysis(Analysis<T> analysis) {
    return facts.get(analysis);
  }

  public String kubeVersion() {
    return facts.kubeVersion();
  }

  public Configuration config() {
    return facts.config();
  }

  /** The severity this rule reports at in this run (its default unless configured). */
  public Severity severity() {
    return severity;
  }

  /** Every rule id this build knows, for checking ids written by users. */
  public Set<String> knownRuleIds() {
    return knownRuleIds;
  }

  /** The metadata of any rule of the build, e.g. to check the parameters configured for it. */
  public Optional<RuleMetadata> ruleMetadata(String id) {
    return Optional.ofNullable(knownRules.get(id));
  }

  /** Whether the rule {@code id} runs in this run (enabled by configuration, or asked for). */
  public boolean isActive(String id) {
    return activeRuleIds.contains(id);
  }

  /** A parameter as text: the configured value, else the documented default. */
  public String param(String name) {
    Optional<Node> configured = setting.flatMap(s -> Optional.ofNullable(s.params().get(name)));
    if (configured.isPresent() && configured.get() instanceof ScalarNode s) {
      return s.text();
    }
    if (configured.isPresent()) {
      return String.join(",", configured.get().asSequence().map(q -> q.texts()).orElse(List.of()));
    }
    return defaultValue(name);
  }

  public List<String> listParam(String name) {
    String v = param(name).strip();
    return v.isEmpty() ? List.of() : List.of(v.split("\\s*,\\s*"));
  }

  /**
   * A whole-number parameter. A configured value that is not one reads as the default: rule
   * invalid-rule-parameter reports it.
   */
  public long longParam(String name) {
    return configuredScalar(name).flatMap(ScalarNode::asLong)
        .orElseGet(() -> Long.parseLong(defaultValue(name).strip()));
  }

  /**
   * A true/false parameter, read as YAML reads booleans. A configured value that is not one
   * reads as the default: rule invalid-rule-parameter reports it.
   */
  public boolean boolParam(String name) {
    return configuredScalar(name).flatMap(ScalarNode::asBoolean)
        .orElseGet(() -> Boolean.parseBoolean(defaultValue(name).strip()));
  }

  private Optional<ScalarNode> configuredScalar(String name) {
    return setting.flatMap(s -> Optional.ofNullable(s.params().get(name)))
        .flatMap(Node::asScalar);
  }

  private String defaultValue(String name) {
    return metadata.param(name).map(RuleMetadata.Param::defaultValue).orElseThrow(
        () -> new IllegalStateException(metadata.id() + " has no parameter " + name));
  }

  /** Reports a finding on an object, with the rule's remediation. */
  public void report(Resource object, Location at, String message) {
    on(object, at).report(message);
  }

  /** Starts a finding on an object, to set its severity or remediation before reporting it. */
  public Report on(Resource object, Location at) {
    return new Report(Optional.of(object), at.span(), Optional.of(at.path()));
  }

  /** Starts a finding that belongs to no object, e.g. a document that could not be read. */
  public Report at(Span span) {
    return new Report(Optional.empty(), span, Optional.empty());
  }

  /** A finding being built. */
  public final class Report {
    private final Optional<Resource> object;
    private final Span span;
    private final Optional<String> path;
    private Severity level = severity;
    private String remediation = metadata.remediation();

    private Report(Optional<Resource> object, Span span, Optional<String> path) {
      this.object = object;
      this.span = span;
      this.path = path.filter(p -> !p.isEmpty());
    }

    /** Overrides the severity for this finding (e.g. raised by an enforcing namespace). */
    public Report severity(Severity s) {
      this.level = s;
      return this;
    }

    public Report remediation(String text) {
      this.remediation = text;
      return this;
    }

    public void report(String message) {
      if (object.isPresent() && Suppressions.suppresses(object.get(), metadata.id())) {
        sink.suppress();
        return;
      }
      sink.add(new Finding(metadata.id(), metadata.category(), level, message, span,
          object.map(Resource::id), path, remediation));
    }
  }
}
