package io.github.kubecheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.schemas.KindEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kubecheck's compiled walk over the bundled schemas gives exactly what networknt's validator
 * gives over the same schemas (rule, path, line, column, message, remediation), for the example
 * manifests and for thousands of broken variants of them: values of every other type, unknown and
 * misspelt fields, removed fields, and YAML written by hand.
 */
class CompiledAgreesWithNetworkntTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int VARIANTS_PER_OBJECT = 40;

  @ParameterizedTest
  @ValueSource(strings = {"1.27", "1.36"})
  void sameErrorsOnValidAndBrokenObjects(String version) throws Exception {
    BundledSchemaFixtures f = BundledSchemaFixtures.of(version);
    List<JsonNode> objects = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (Resource r : BundledSchemaFixtures.read(p.toString(), Files.readString(p))) {
          objects.add(NodeJson.of(r.node()));
        }
      }
    }
    Random random = new Random(42);
    int compared = 0;
    int withErrors = 0;
    for (JsonNode object : objects) {
      List<JsonNode> variants = new ArrayList<>();
      variants.add(object);
      mutations(object, variants::add);
      java.util.Collections.shuffle(variants.subList(1, variants.size()), random);
      for (JsonNode v : variants.subList(0, Math.min(variants.size(), VARIANTS_PER_OBJECT))) {
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(v);
        List<String> errors = compare(f, text);
        compared++;
        withErrors += errors.isEmpty() ? 0 : 1;
      }
    }
    for (String yaml : HAND_WRITTEN) {
      compare(f, yaml);
    }
    System.out.println(version + ": " + compared + " variants, " + withErrors + " with errors");
    assertThat(compared).isGreaterThan(500);
    assertThat(withErrors).isGreaterThan(compared / 2);
  }

  private static final List<String> HAND_WRITTEN = List.of("""
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels: {enabled: yes, mode: 0755, ok: "x", none: ~}
      spec:
        replicas: 3.0
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            container:
            - name: web
            initContainers: [~, {name: init, image: busybox, imagePullPolcy: Always}]
            volumes: [{name: v, emptyDir: {sizeLimit: 1 gig}}]
      """, """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, annotations: {a: 1}}
      spec:
        containers:
        - name: a
          ports: [{containerPort: "80"}, {containerPort: 80.5}, {containerPort: .inf}]
          resources: {limits: {cpu: 1 core, memory: 1e3, nvidia.com/gpu: 1}, requests: [1]}
          livenessProbe: {httpGet: {port: http, path: /}, periodSeconds: true}
          env: [{name: A, value: on}, {name: B}, {name: C, value: 1}]
        containers: []
      """, """
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec: {ports: [{port: 80, targetPort: 8080}, {port: 81, targetPort: http}, {targetPort: x}]}
      status: 7
      """, """
      apiVersion: v1
      kind: Secret
      metadata: {name: s}
      data: {key: "not base64!"}
      type: Opaque
      """);

  /** Errors of the compiled walk, asserted equal to networknt's; returned for counting. */
  private static List<String> compare(BundledSchemaFixtures f, String text) {
    List<String> compiled = new ArrayList<>();
    List<String> networknt = new ArrayList<>();
    for (Resource r : BundledSchemaFixtures.read("v.yaml", text)) {
      KindEntry e = f.api.kind(r.apiVersion(), r.kind()).orElse(null);
      if (e == null) {
        continue;
      }
      f.compiledKind(e).validate(r).forEach(x -> compiled.add(describe(x)));
      f.networkntKind(e).validate(r).forEach(x -> networknt.add(describe(x)));
    }
    compiled.sort(null);
    networknt.sort(null);
    assertThat(compiled).as("compiled vs networknt for:\n%s", text)
        .containsExactlyElementsOf(networknt);
    return compiled;
  }

  private static String describe(SchemaError e) {
    return e.kind() + " " + e.location().path() + " @" + e.location().span().line() + ":"
        + e.location().span().column() + " " + e.message() + " | " + e.remediation();
  }

  /** Every single-step breakage of the tree. */
  private static void mutations(JsonNode root, Consumer<JsonNode> out) {
    List<List<Object>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);
    for (List<Object> path : paths) {
      JsonNode at = get(root, path);
      List<JsonNode> replacements = new ArrayList<>(List.of(JSON.textNode("x"),
          JSON.numberNode(7), JSON.booleanNode(true), JSON.objectNode(), JSON.arrayNode(),
          JSON.numberNode(1.5), JSON.textNode("12")));
      if (path.isEmpty()) {
        replacements.clear();
      }
      for (JsonNode r : replacements) {
        if (!r.equals(at)) {
          out.accept(set(root, path, r));
        }
      }
      if (at instanceof ObjectNode o) {
        out.accept(edit(root, path, n -> ((ObjectNode) n).put("bogusField", 1)));
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
          String name = names.next();
          out.accept(edit(root, path, n -> ((ObjectNode) n).remove(name)));
          if (name.length() > 3) {
            String typo = name.charAt(1) + "" + name.charAt(0) + name.substring(2);
            out.accept(edit(root, path, n -> {
              ObjectNode obj = (ObjectNode) n;
              obj.set(typo, obj.remove(name));
            }));
          }
        }
      }
      if (at instanceof ArrayNode) {
        out.accept(edit(root, path, n -> ((ArrayNode) n).add("x")));
        out.accept(edit(root, path, n -> ((ArrayNode) n).addNull()));
      }
    }
  }

  private static void collect(JsonNode node, List<Object> path, List<List<Object>> out) {
    out.add(List.copyOf(path));
    if (node instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(name -> {
        path.add(name);
        collect(o.get(name), path, out);
        path.remove(path.size() - 1);
      });
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        path.add(i);
        collect(a.get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  private static JsonNode get(JsonNode root, List<Object> path) {
    JsonNode n = root;
    for (Object step : path) {
      n = step instanceof Integer i ? n.get(i) : n.get((String) step);
    }
    return n;
  }

  private static JsonNode set(JsonNode root, List<Object> path, JsonNode value) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = get(copy, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode o) {
      o.set((String) last, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
    return copy;
  }

  private static JsonNode edit(JsonNode root, List<Object> path, Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    change.accept(get(copy, path));
    return copy;
  }
}
