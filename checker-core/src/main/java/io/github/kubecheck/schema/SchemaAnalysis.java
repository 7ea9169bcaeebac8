package io.github.kubecheck.schema;

import io.github.kubecheck.analysis.Analysis;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.model.Resource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validates every input object against the schema of its apiVersion and kind. */
public final class SchemaAnalysis implements Analysis<SchemaReport> {

  public static final SchemaAnalysis INSTANCE = new SchemaAnalysis();

  private final SchemaValidator validator = new SchemaValidator();

  private SchemaAnalysis() {}

  @Override
  public SchemaReport compute(Facts facts) {
    List<SchemaCatalog.Source> sources = new ArrayList<>();
    facts.schemaLocations().forEach(dir -> sources.add(new SchemaDirectory(dir, validator)));
    sources.add(BundledKubernetesSchemas.forVersion(facts.kubeVersion()));
    SchemaCatalog catalog = new SchemaCatalog(CrdSchemas.from(facts.cluster().all()), sources,
        validator);
    Map<Resource, List<SchemaError>> errors = new IdentityHashMap<>();
    Map<Resource, Boolean> unknown = new IdentityHashMap<>();
    List<Resource> objects = facts.manifests().resources().stream()
        .filter(r -> !r.apiVersion().isEmpty() && !r.kind().isEmpty())
        .toList();
    List<Optional<List<SchemaError>>> results = objects.parallelStream()
        .map(r -> catalog.find(r.apiVersion(), r.kind()).map(v -> v.validate(r)))
        .toList();
    for (int i = 0; i < objects.size(); i++) {
      Resource r = objects.get(i);
      results.get(i).ifPresentOrElse(e -> errors.put(r, e), () -> unknown.put(r, true));
    }
    return new SchemaReport(errors, unknown);
  }
}
