package io.github.kubecheck.schemagen;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one client-java-api jar: the model classes give each type's wire fields (their
 * {@code @SerializedName}), field types and required fields; the API classes give which group,
 * version and scope each kind has (createNamespacedX or createX taking the model as its body).
 */
final class ModelReader {

  private static final String MODELS = "io.kubernetes.client.openapi.models.";
  private static final String APIS = "io.kubernetes.client.openapi.apis.";
  private static final Pattern API_CLASS = Pattern.compile("(\\w+?)(V\\d+(?:alpha\\d+|beta\\d+)?)Api");
  /** V1Container, and CoreV1Event where the client prefixes a name that two groups share. */
  private static final Pattern VERSIONED =
      Pattern.compile("(?:[A-Z][a-z]+)?V(\\d+(?:alpha\\d+|beta\\d+)?)([A-Z]\\w*)");
  private static final Set<String> META_TYPES = Set.of("ObjectMeta", "ListMeta", "LabelSelector",
      "LabelSelectorRequirement", "OwnerReference", "ManagedFieldsEntry", "Condition", "Status",
      "StatusDetails", "StatusCause", "DeleteOptions", "Preconditions", "APIResource",
      "APIResourceList", "APIGroup", "APIGroupList", "APIVersions", "GroupVersionForDiscovery",
      "ServerAddressByClientCIDR", "WatchEvent", "Time", "MicroTime", "FieldsV1");

  private ModelReader() {}

  static ApiModel read(Path jar) throws Exception {
    List<String> names = classNames(jar);
    try (URLClassLoader loader = new ChildFirstLoader(new URL[] {jar.toUri().toURL()},
        ModelReader.class.getClassLoader())) {
      Map<String, Class<?>> models = new TreeMap<>();
      List<Class<?>> apis = new ArrayList<>();
      for (String n : names) {
        if (n.startsWith(MODELS) && !n.contains("$")) {
          Class<?> c = Class.forName(n, false, loader);
          if (!c.isEnum() && !c.isInterface() && hasWireFields(c)) {
            models.put(c.getSimpleName(), c);
          }
        } else if (n.startsWith(APIS) && !n.contains("$") && API_CLASS.matcher(
            n.substring(APIS.length())).matches()) {
          apis.add(Class.forName(n, false, loader));
        }
      }
      List<ApiModel.Kind> kinds = new ArrayList<>();
      Map<String, String> packageOf = new HashMap<>();
      for (Class<?> api : apis) {
        collectKinds(api, models, kinds, packageOf);
      }
      kinds.sort(Comparator.comparing(ApiModel.Kind::apiVersion).thenComparing(ApiModel.Kind::kind));
      Map<String, String> definitionNames = definitionNames(models, packageOf);
      Map<String, JsonObject> definitions = new TreeMap<>();
      for (Class<?> c : models.values()) {
        definitions.put(definitionNames.get(c.getSimpleName()),
            TypeSchemas.object(c, definitionNames, requiredFields(c)));
      }
      List<ApiModel.Kind> named = kinds.stream().map(k -> new ApiModel.Kind(k.apiVersion(),
          k.kind(), definitionNames.get(k.definition()), k.namespaced())).toList();
      return new ApiModel(definitions, named);
    }
  }

  private static void collectKinds(Class<?> api, Map<String, Class<?>> models,
      List<ApiModel.Kind> kinds, Map<String, String> packageOf) {
    Matcher m = API_CLASS.matcher(api.getSimpleName());
    if (!m.matches()) {
      return;
    }
    var group = GroupTable.byPrefix(m.group(1));
    if (group.isEmpty()) {
      if (List.of("Logs", "Version", "Openid", "Wellknown", "Custom").stream()
          .noneMatch(m.group(1)::startsWith)) {
        throw new IllegalStateException("unknown API group for " + api.getSimpleName()
            + ": add it to GroupTable");
      }
      return;
    }
    String version = m.group(2).toLowerCase(java.util.Locale.ROOT);
    String apiVersion = group.get().name().isEmpty() ? version
        : group.get().name() + "/" + version;
    for (Method method : api.getDeclaredMethods()) {
      String name = method.getName();
      if (!Modifier.isPublic(method.getModifiers()) || !name.startsWith("create")) {
        continue;
      }
      boolean namespaced = name.startsWith("createNamespaced");
      String kind = name.substring(namespaced ? "createNamespaced".length() : "create".length());
      for (Class<?> p : method.getParameterTypes()) {
        String simple = p.getSimpleName();
        Matcher typeName = VERSIONED.matcher(simple);
        if (models.containsKey(simple) && typeName.matches() && typeName.group(2).equals(kind)
            && simple.endsWith(m.group(2) + kind)) {
          if (kinds.stream().noneMatch(k -> k.apiVersion().equals(apiVersion)
              && k.kind().equals(kind))) {
            kinds.add(new ApiModel.Kind(apiVersion, kind, simple, namespaced));
            packageOf.putIfAbsent(simple, group.get().typePackage() + "." + version);
          }
        }
      }
    }
  }

  /**
   * OpenAPI names such as io.k8s.api.apps.v1.Deployment: a kind's type takes its group's package;
   * a nested type takes the package of the first kind (in sorted order) that reaches it.
   */
  private static Map<String, String> definitionNames(Map<String, Class<?>> models,
      Map<String, String> packageOf) {
    Map<String, String> pkg = new HashMap<>(packageOf);
    Deque<String> queue = new ArrayDeque<>(new TreeMap<>(packageOf).keySet());
    while (!queue.isEmpty()) {
      String current = queue.poll();
      Class<?> c = models.get(current);
      for (Field f : wireFields(c)) {
        for (Class<?> referenced : TypeSchemas.referencedModels(f.getGenericType())) {
          String simple = referenced.getSimpleName();
          if (models.containsKey(simple) && !pkg.containsKey(simple)) {
            pkg.put(simple, pkg.get(current));
            queue.add(simple);
          }
        }
      }
    }
    Map<String, String> names = new HashMap<>();
    for (String simple : models.keySet()) {
      Matcher v = VERSIONED.matcher(simple);
      String type = v.matches() ? v.group(2) : simple;
      String version = v.matches() ? "v" + v.group(1) : "";
      String name;
      if (META_TYPES.contains(type) && "v1".equals(version)) {
        name = "io.k8s.apimachinery.pkg.apis.meta.v1." + type;
      } else if (pkg.containsKey(simple)) {
        String p = pkg.get(simple);
        name = p.substring(0, p.lastIndexOf('.') + 1) + version + "." + type;
      } else {
        name = simple;
      }
      names.put(simple, name);
    }
    return names;
  }

  static boolean hasWireFields(Class<?> c) {
    return !wireFields(c).isEmpty();
  }

  static List<Field> wireFields(Class<?> c) {
    List<Field> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(SerializedName.class)) {
        out.add(f);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> requiredFields(Class<?> c) {
    try {
      Field f = c.getDeclaredField("openapiRequiredFields");
      f.setAccessible(true);
      return (Collection<String>) f.get(null);
    } catch (NoSuchFieldException e) {
      return List.of();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot read required fields of " + c, e);
    }
  }

  private static List<String> classNames(Path jar) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      return f.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    }
  }

  static JsonArray array(Collection<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(v -> a.add(new JsonPrimitive(v)));
    return a;
  }

  static Type elementType(ParameterizedType p, int i) {
    return p.getActualTypeArguments()[i];
  }
}
