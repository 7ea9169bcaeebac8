package io.github.kubecheck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private final YamlReader reader = new YamlReader(YamlLimits.DEFAULT);

  private ParsedFile read(String text) {
    return reader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyKeyAndValueCarriesItsLineAndColumn() {
    ParsedFile f = read("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx\n");
    MappingNode root = (MappingNode) f.documents().get(0).root();
    Node image = root.at("spec.containers[0].image").orElseThrow();
    assertThat(image.span()).isEqualTo(new Span("f.yaml", 6, 12, 6, 17));
    MappingNode container = root.at("spec.containers[0]").flatMap(Node::asMapping).orElseThrow();
    assertThat(container.keySpan("image").line()).isEqualTo(6);
    assertThat(container.keySpan("image").column()).isEqualTo(5);
  }

  @Test
  void linesCountAcrossDocuments() {
    ParsedFile f = read("a: 1\n---\nb: 2\n---\n\n---\nc: 3\n");
    assertThat(f.documents()).hasSize(3);
    assertThat(f.documents().get(2).root().span().line()).isEqualTo(7);
  }

  @Test
  void aBrokenDocumentDoesNotHideTheNextOne() {
    ParsedFile f = read("a: [1\n---\nb: 2\n");
    assertThat(f.problems()).hasSize(1);
    assertThat(f.problems().get(0).span().line()).isEqualTo(1);
    assertThat(f.documents()).hasSize(1);
    assertThat(((MappingNode) f.documents().get(0).root()).has("b")).isTrue();
  }

  @Test
  void scalarsAreTypedAsKubernetesReadsThem() {
    MappingNode m = (MappingNode) read(
        "a: yes\nb: \"yes\"\nc: 0755\nd: 1.10\ne: ~\nf: 0x1F\ng: 12\nh: text\ni: 1e3\n")
        .documents().get(0).root();
    assertThat(type(m, "a")).isEqualTo(ScalarType.BOOL);
    assertThat(type(m, "b")).isEqualTo(ScalarType.STRING);
    assertThat(type(m, "c")).isEqualTo(ScalarType.INT);
    assertThat(m.get("c").flatMap(Node::asScalar).flatMap(ScalarNode::asLong)).contains(493L);
    assertThat(type(m, "d")).isEqualTo(ScalarType.FLOAT);
    assertThat(type(m, "e")).isEqualTo(ScalarType.NULL);
    assertThat(m.get("f").flatMap(Node::asScalar).flatMap(ScalarNode::asLong)).contains(31L);
    assertThat(type(m, "g")).isEqualTo(ScalarType.INT);
    assertThat(type(m, "h")).isEqualTo(ScalarType.STRING);
    assertThat(type(m, "i")).isEqualTo(ScalarType.FLOAT);
  }

  private static ScalarType type(MappingNode m, String key) {
    return m.get(key).flatMap(Node::asScalar).orElseThrow().type();
  }

  @Test
  void duplicateKeysAreReportedAndTheLastValueWins() {
    ParsedFile f = read("a: 1\nb: 2\na: 3\n");
    assertThat(f.problems()).extracting(YamlProblem::kind).containsExactly(YamlProblem.Kind.DUPLICATE_KEY);
    assertThat(f.problems().get(0).span().line()).isEqualTo(3);
    MappingNode m = (MappingNode) f.documents().get(0).root();
    assertThat(m.text("a")).contains("3");
  }

  @Test
  void jsonWithTabsIsRead() {
    ParsedFile f = reader.read("f.json",
        "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"ConfigMap\"\n}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(f.problems()).isEmpty();
    assertThat(((MappingNode) f.documents().get(0).root()).text("kind")).contains("ConfigMap");
    assertThat(((MappingNode) f.documents().get(0).root()).keySpan("kind").line()).isEqualTo(3);
  }

  @Test
  void mergeKeysAreApplied() {
    MappingNode m = (MappingNode) read("base: &b\n  x: 1\n  y: 2\nthing:\n  <<: *b\n  y: 3\n")
        .documents().get(0).root();
    MappingNode thing = m.mapping("thing").orElseThrow();
    assertThat(thing.text("x")).contains("1");
    assertThat(thing.text("y")).contains("3");
  }

  @Test
  void tabIndentationIsExplained() {
    ParsedFile f = read("a:\n\tb: 1\n");
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("tab");
      assertThat(p.span().line()).isEqualTo(2);
    });
  }

  @Test
  void binaryContentIsOneProblem() {
    ParsedFile f = reader.read("f.yaml", new byte[] {'a', ':', ' ', 0, 1, 2});
    assertThat(f.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("binary"));
    assertThat(f.documents()).isEmpty();
  }

  @Test
  void invalidUtf8IsLocated() {
    byte[] bytes = "a: 1\nb: x".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3;
    ParsedFile f = reader.read("f.yaml", bad);
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("UTF-8");
      assertThat(p.span().line()).isEqualTo(2);
      assertThat(p.span().column()).isEqualTo(5);
    });
  }

  @Test
  void utf16WithByteOrderMarkIsRead() {
    byte[] text = "kind: Pod\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    ParsedFile f = reader.read("f.yaml", bytes);
    assertThat(f.problems()).isEmpty();
    assertThat(((MappingNode) f.documents().get(0).root()).text("kind")).contains("Pod");
  }

  @Test
  void billionLaughsIsStopped() {
    StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    ParsedFile f = read(y.toString());
    assertThat(f.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).containsAnyOf("limits.maxAliases", "limits.maxNodes"));
  }

  @Test
  void aliasExpansionIsBoundedByTheNodeLimit() {
    YamlReader small = new YamlReader(new YamlLimits(1 << 20, 1 << 20, 100, 200, 1000));
    StringBuilder y = new StringBuilder("a: &a [1,2,3,4,5,6,7,8,9,10]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n");
    y.append("c: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n");
    ParsedFile f = small.read("f.yaml", y.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(f.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("limits.maxNodes"));
  }

  @Test
  void deepNestingIsStopped() {
    String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    ParsedFile f = read(deep);
    assertThat(f.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("limits.maxDepth"));
    String deepBlock = buildBlockNesting(300);
    assertThat(read(deepBlock).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("limits.maxDepth"));
  }

  private static String buildBlockNesting(int depth) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return s.append("  ".repeat(depth)).append("v\n").toString();
  }

  @Test
  void oversizedDocumentIsStopped() {
    YamlReader small = new YamlReader(new YamlLimits(1 << 20, 100, 100, 200, 1000));
    ParsedFile f = small.read("f.yaml", ("a: " + "x".repeat(500) + "\n---\nb: 1\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(f.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("limits.maxDocumentChars"));
    assertThat(f.documents()).hasSize(1);
  }

  @Test
  void emptyAndCommentOnlyDocumentsAreIgnored() {
    ParsedFile f = read("# nothing\n---\n---\n# more\n");
    assertThat(f.documents()).isEmpty();
    assertThat(f.problems()).isEmpty();
  }

  @Test
  void documentMarkerInsideBlockScalarAtColumnZeroEndsTheDocumentAsKubectlDoes() {
    ParsedFile f = read("a: |\n  line\n---\nb: 1\n");
    assertThat(f.documents()).hasSize(2);
    assertThat(f.problems()).isEmpty();
  }

  @Test
  void nonScalarKeysDoNotCrash() {
    ParsedFile f = read("? [a, b]\n: value\n");
    assertThat(f.documents()).hasSize(1);
    assertThat(List.of(f.problems())).isNotNull();
  }
}
