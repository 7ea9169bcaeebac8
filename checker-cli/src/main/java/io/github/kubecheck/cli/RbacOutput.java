package io.github.kubecheck.cli;

import io.github.kubecheck.rbac.Subject;
import io.github.kubecheck.rbac.Via;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the rbac commands render the authorizer's answers. */
final class RbacOutput {

  private RbacOutput() {}

  static Map<String, Object> via(Via v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("binding", v.binding());
    m.put("role", v.role());
    return m;
  }

  static List<Object> vias(List<Via> via) {
    List<Object> out = new ArrayList<>();
    via.forEach(v -> out.add(via(v)));
    return out;
  }

  /** {@code ClusterRoleBinding x (ClusterRole y)}. */
  static String viaText(Via v) {
    return v instanceof Via.Superuser ? "the system:masters group (the API server allows it "
        + "everything, no binding needed)" : v.binding() + " (" + v.role() + ")";
  }

  static Map<String, Object> subject(Subject s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", s.kind());
    if (s.isServiceAccount()) {
      m.put("namespace", s.namespace());
    }
    m.put("name", s.name());
    return m;
  }

  /**
   * Columns as kubectl's tab writer aligns them: each column as wide as its widest cell plus
   * three spaces (at least six), the last one not padded.
   */
  static String table(List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size() - 1; i++) {
        width[i] = Math.max(width[i], Math.max(row.get(i).length() + 3, 6));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(width[i] - cell.length()));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
