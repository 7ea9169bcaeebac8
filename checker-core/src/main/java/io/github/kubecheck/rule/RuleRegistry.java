package io.github.kubecheck.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/** The rules known to this run, by id. Duplicate or malformed ids are refused at start. */
public final class RuleRegistry {

  /** A rule and its metadata. */
  public record Entry(RuleMetadata metadata, Rule rule) {}

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, Entry> byId;

  public RuleRegistry(Collection<? extends Rule> rules) {
    List<Entry> entries = new ArrayList<>();
    for (Rule r : rules) {
      entries.add(new Entry(RuleMetadata.of(r.getClass()), r));
    }
    entries.sort(Comparator.comparing(e -> e.metadata().id()));
    Map<String, Entry> index = new LinkedHashMap<>();
    for (Entry e : entries) {
      String id = e.metadata().id();
      if (!ID.matcher(id).matches()) {
        throw new IllegalStateException("rule id is not kebab-case: " + id);
      }
      if (index.put(id, e) != null) {
        throw new IllegalStateException("two rules share the id " + id);
      }
    }
    this.byId = index;
  }

  /** The rules on the class path, found through {@link ServiceLoader}. */
  public static RuleRegistry loadBuiltIn() {
    List<Rule> rules = new ArrayList<>();
    ServiceLoader.load(Rule.class, RuleRegistry.class.getClassLoader()).forEach(rules::add);
    return new RuleRegistry(rules);
  }

  public List<Entry> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Entry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean has(String id) {
    return byId.containsKey(id);
  }
}
