package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlLoaderTest {

  private static final String TEMPLATE =
      """
      Resources:
        Api:
          Properties:
            Name: !Ref ApiName
            Arn: !GetAtt Fn.Arn
            Policy: !Sub "arn:${AWS::Partition}:x"
            Joined: !Join ["", [a, !Ref B]]
            Maybe: !If [IsProd, yes, no]
            Quoted: "true"
            Plain: true
            Nothing: ~
            Count: 012
      """;

  private final ObjectNode properties = (ObjectNode) path(YamlLoader.parse(TEMPLATE, "t.yaml"), "Resources", "Api", "Properties");

  @Test
  void refBecomesLongFormWithTagAndValueLocations() {
    ObjectNode ref = (ObjectNode) properties.get("Name");

    assertThat(ref.location()).isEqualTo(new Location("t.yaml", 4, 13));
    assertThat(ref.key("Ref").location()).isEqualTo(new Location("t.yaml", 4, 13));
    assertThat(ref.get("Ref")).isEqualTo(ScalarNode.string("ApiName", new Location("t.yaml", 4, 18), "/Resources/Api/Properties/Name/Ref"));
  }

  @Test
  void getAttSplitsOnTheFirstDot() {
    ArrayNode getAtt = (ArrayNode) ((ObjectNode) properties.get("Arn")).get("Fn::GetAtt");

    assertThat(getAtt.items()).extracting(Object::toString).containsExactly("Fn", "Arn");
    assertThat(getAtt.items().get(1).location()).isEqualTo(new Location("t.yaml", 5, 23));
  }

  @Test
  void otherTagsBecomeFnFunctions() {
    assertThat(((ObjectNode) properties.get("Policy")).get("Fn::Sub").toString()).isEqualTo("arn:${AWS::Partition}:x");
    ArrayNode join = (ArrayNode) ((ObjectNode) properties.get("Joined")).get("Fn::Join");
    ObjectNode nestedRef = (ObjectNode) ((ArrayNode) join.items().get(1)).items().get(1);
    assertThat(nestedRef.get("Ref").toString()).isEqualTo("B");
    assertThat(nestedRef.location()).isEqualTo(new Location("t.yaml", 7, 30));
    ArrayNode branches = (ArrayNode) ((ObjectNode) properties.get("Maybe")).get("Fn::If");
    assertThat(branches.items()).extracting(Object::toString).containsExactly("IsProd", "yes", "no");
    assertThat(((ScalarNode) branches.items().get(1)).isString()).isTrue();
  }

  @Test
  void scalarsFollowTheYaml12CoreSchema() {
    assertThat(((ScalarNode) properties.get("Quoted")).kind()).isEqualTo(ScalarNode.Kind.STRING);
    assertThat(properties.get("Plain")).isEqualTo(
        new ScalarNode(ScalarNode.Kind.BOOLEAN, "true", new Location("t.yaml", 10, 14), "/Resources/Api/Properties/Plain"));
    assertThat(((ScalarNode) properties.get("Nothing")).isNull()).isTrue();
    assertThat(properties.get("Count")).extracting("kind", "text").containsExactly(ScalarNode.Kind.NUMBER, "012");
  }

  @Test
  void aPlainDollarBraceIsTextNotAnEnvironmentVariable() {
    ObjectNode root = (ObjectNode) YamlLoader.parse("Stage:\n  Fn::Sub: ${StageName}\n", "e.yaml");
    assertThat(((ObjectNode) root.get("Stage")).get("Fn::Sub"))
        .isEqualTo(ScalarNode.string("${StageName}", new Location("e.yaml", 2, 12), "/Stage/Fn::Sub"));
  }

  @Test
  void aDuplicateKeyTakesTheLastValueAndIsRecorded() {
    ObjectNode root = (ObjectNode) YamlLoader.parse("a: 1\nb: 2\na: 3\n", "d.yaml");
    assertThat(root.get("a").toString()).isEqualTo("3");
    assertThat(root.entries().keySet()).containsExactly("a", "b");
    assertThat(root.duplicates()).extracting(d -> d.earlier().location().line(), d -> d.later().location().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3));
  }

  @Test
  void syntaxErrorCarriesTheProblemMark() {
    assertThatThrownBy(() -> YamlLoader.parse("a:\n  b: 1\n c: 2\n", "bad.yaml"))
        .isInstanceOfSatisfying(SourceParseException.class,
            e -> assertThat(e.location()).isEqualTo(new Location("bad.yaml", 3, 2)));
  }

  @Test
  void anAliasBombIsPastTheNodeLimit() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(5, "*a" + (i - 1)))).append("]\n");
    }
    assertThatThrownBy(() -> YamlLoader.parse(bomb.toString(), "bomb.yaml"))
        .isInstanceOfSatisfying(LimitExceeded.class, e -> {
          assertThat(e.limit()).isEqualTo(Limits.Limit.NODES);
          assertThat(e.location().line()).isPositive();
        });
  }

  @Test
  void tooManyAliasesArePastTheAliasLimitAtTheFirstOneTooMany() {
    String many = "a: &a [x]\nb: [" + String.join(", ", java.util.Collections.nCopies(60, "*a")) + "]\n";
    assertThatThrownBy(() -> YamlLoader.parse(many, "many.yaml"))
        .isInstanceOfSatisfying(LimitExceeded.class, e -> {
          assertThat(e.limit()).isEqualTo(Limits.Limit.ALIASES);
          assertThat(e.location()).isEqualTo(new Location("many.yaml", 2, 5 + 50 * 4));
        });
  }

  @Test
  void aRecursiveAliasIsPastTheDepthLimit() {
    assertThatThrownBy(() -> YamlLoader.parse("a: &a [1, *a]\n", "loop.yaml"))
        .isInstanceOfSatisfying(LimitExceeded.class, e -> assertThat(e.limit()).isEqualTo(Limits.Limit.DEPTH));
  }

  static Node path(Node node, String... keys) {
    for (String key : keys) {
      node = ((ObjectNode) node).get(key);
    }
    return node;
  }
}
