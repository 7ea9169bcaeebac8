package io.github.kubecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * docs/maven-plugin.md is generated from the plugin descriptor that maven-plugin-plugin writes
 * from the goal's annotations, so the page says exactly what the build accepts. Fails when the
 * page is stale; {@code -Dkubecheck.updateDocs=true} rewrites it.
 */
class PluginDocsTest {

  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path PAGE = Path.of("../docs/maven-plugin.md");

  @Test
  void pageMatchesTheDescriptor() throws Exception {
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(DESCRIPTOR.toFile());
    String page = render(d.getDocumentElement());
    if (Boolean.getBoolean("kubecheck.updateDocs")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/maven-plugin.md is stale: rerun with -Dkubecheck.updateDocs=true")
        .isEqualTo(page);
  }

  @Test
  void checkIsBoundToVerifyAndThreadSafe() throws Exception {
    Element check = mojo(DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(DESCRIPTOR.toFile()).getDocumentElement(), "check");
    assertThat(text(check, "phase")).isEqualTo("verify");
    assertThat(text(check, "threadSafe")).isEqualTo("true");
  }

  private static Element mojo(Element plugin, String goal) {
    NodeList mojos = plugin.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element m = (Element) mojos.item(i);
      if (text(m, "goal").equals(goal)) {
        return m;
      }
    }
    throw new AssertionError("no goal " + goal);
  }

  private static String render(Element plugin) {
    StringBuilder out = new StringBuilder();
    out.append("# kubecheck Maven plugin\n\n")
        .append("<!-- Generated from the plugin descriptor by PluginDocsTest; do not edit. -->\n\n")
        .append("`").append(text(plugin, "groupId")).append(':')
        .append(text(plugin, "artifactId")).append("`, goal prefix `")
        .append(text(plugin, "goalPrefix")).append("`. Needs Maven ")
        .append(text(plugin, "requiredMavenVersion")).append(" and Java ")
        .append(text(plugin, "requiredJavaVersion")).append(".\n\n")
        .append("```xml\n<plugin>\n  <groupId>").append(text(plugin, "groupId"))
        .append("</groupId>\n  <artifactId>").append(text(plugin, "artifactId"))
        .append("</artifactId>\n  <version>").append(text(plugin, "version"))
        .append("</version>\n  <executions>\n    <execution>\n      <goals>\n")
        .append("        <goal>check</goal>\n      </goals>\n    </execution>\n")
        .append("  </executions>\n</plugin>\n```\n\n");
    for (String goal : List.of("check", "help")) {
      Element m = mojo(plugin, goal);
      out.append("## ").append(text(plugin, "goalPrefix")).append(':').append(goal)
          .append("\n\n").append(oneLine(text(m, "description"))).append("\n\n");
      if (!text(m, "phase").isEmpty()) {
        out.append("Bound by default to the `").append(text(m, "phase")).append("` phase. ");
      }
      out.append(text(m, "threadSafe").equals("true") ? "Thread-safe." : "Not thread-safe.")
          .append("\n\n");
      List<String> rows = new ArrayList<>();
      NodeList params = ((Element) m.getElementsByTagName("parameters").item(0))
          .getElementsByTagName("parameter");
      Element config = (Element) m.getElementsByTagName("configuration").item(0);
      for (int i = 0; i < params.getLength(); i++) {
        Element p = (Element) params.item(i);
        if (!text(p, "editable").equals("true")) {
          continue;
        }
        String name = text(p, "name");
        Element c = (Element) config.getElementsByTagName(name).item(0);
        String property = c.getTextContent().strip();
        String def = c.getAttribute("default-value");
        rows.add("| `" + name + "` | " + (property.isEmpty() ? "" : "`" + property
            .replace("${", "").replace("}", "") + "`") + " | "
            + (def.isEmpty() ? "" : "`" + def + "`") + " | "
            + oneLine(text(p, "description")).replace("|", "\\|") + " |");
      }
      if (!rows.isEmpty()) {
        out.append("| parameter | user property | default | meaning |\n|---|---|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static String text(Element parent, String child) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
