package io.github.kubecheck.schemagen;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The JSON Schema of a Java field type of the client's models, as Kubernetes' API reads it. */
final class TypeSchemas {

  private TypeSchemas() {}

  /** A model class as a strict object schema. */
  static JsonObject object(Class<?> c, Map<String, String> names, Collection<String> required) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "object");
    JsonObject props = new JsonObject();
    for (Field f : ModelReader.wireFields(c)) {
      String wire = f.getAnnotation(SerializedName.class).value();
      props.add(wire, intOrStringKind(wire, of(f.getGenericType(), names)));
    }
    o.add("properties", props);
    o.addProperty("additionalProperties", false);
    if (!required.isEmpty()) {
      o.add("required", ModelReader.array(new TreeSet<>(required)));
    }
    return o;
  }

  /** The int-or-string fields whose string form is a percentage, as apps and policy validate. */
  private static final java.util.Set<String> PERCENT_FIELDS =
      java.util.Set.of("maxSurge", "maxUnavailable", "minAvailable");
  /** The int-or-string fields whose string form is a port name (probes, Service, policies). */
  private static final java.util.Set<String> PORT_FIELDS = java.util.Set.of("port", "targetPort");

  /**
   * Names what the string form of an int-or-string field must be: a percentage
   * ({@code int-or-percent}) or a port name ({@code int-or-port}); the Java type says only
   * "integer or string".
   */
  private static JsonObject intOrStringKind(String wire, JsonObject schema) {
    if (schema.has("format") && schema.get("format").getAsString().equals("int-or-string")) {
      if (PERCENT_FIELDS.contains(wire)) {
        schema.addProperty("format", "int-or-percent");
      } else if (PORT_FIELDS.contains(wire)) {
        schema.addProperty("format", "int-or-port");
      }
    }
    return schema;
  }

  static JsonObject of(Type type, Map<String, String> names) {
    JsonObject s = new JsonObject();
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
        s.addProperty("type", "array");
        s.add("items", of(ModelReader.elementType(p, 0), names));
        return s;
      }
      if (Map.class.isAssignableFrom(raw)) {
        s.addProperty("type", "object");
        s.add("additionalProperties", of(ModelReader.elementType(p, 1), names));
        return s;
      }
      return s;
    }
    Class<?> c = (Class<?>) type;
    String n = c.getName();
    if (c == String.class || n.equals("java.time.OffsetDateTime")
        || n.equals("java.time.LocalDate")) {
      s.addProperty("type", "string");
    } else if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
      s.addProperty("type", "integer");
    } else if (c == Float.class || c == Double.class || n.equals("java.math.BigDecimal")) {
      s.addProperty("type", "number");
    } else if (c == Boolean.class || c == boolean.class) {
      s.addProperty("type", "boolean");
    } else if (c == byte[].class) {
      s.addProperty("type", "string");
      s.addProperty("format", "byte");
    } else if (n.equals("io.kubernetes.client.custom.IntOrString")) {
      s.add("type", types("integer", "string"));
      s.addProperty("format", "int-or-string");
    } else if (n.equals("io.kubernetes.client.custom.Quantity")) {
      s.add("type", types("string", "number"));
      s.addProperty("format", "quantity");
    } else if (c.isEnum()) {
      s.addProperty("type", "string");
      JsonArray values = new JsonArray();
      for (Object constant : c.getEnumConstants()) {
        values.add(enumValue(constant));
      }
      s.add("enum", values);
    } else if (names.containsKey(c.getSimpleName()) && n.startsWith("io.kubernetes.client")) {
      s.addProperty("$ref", "#/definitions/" + names.get(c.getSimpleName()));
    }
    return s;
  }

  private static String enumValue(Object constant) {
    try {
      return String.valueOf(constant.getClass().getMethod("getValue").invoke(constant));
    } catch (ReflectiveOperationException e) {
      return constant.toString();
    }
  }

  private static JsonArray types(String... names) {
    JsonArray a = new JsonArray();
    for (String n : names) {
      a.add(n);
    }
    return a;
  }

  /** Model classes a field type refers to, through lists and maps. */
  static List<Class<?>> referencedModels(Type type) {
    List<Class<?>> out = new ArrayList<>();
    if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        out.addAll(referencedModels(arg));
      }
    } else if (type instanceof Class<?> c && c.getName().startsWith("io.kubernetes.client.openapi.models.")) {
      out.add(c);
    }
    return out;
  }
}
