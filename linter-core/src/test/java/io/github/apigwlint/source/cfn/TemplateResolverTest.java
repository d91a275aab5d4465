package io.github.apigwlint.source.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.source.YamlLoader;
import org.junit.jupiter.api.Test;

class TemplateResolverTest {

  private static final String TEMPLATE =
      """
      Parameters:
        Stage: {Type: String, Default: prod}
        Consumer: {Type: String}
        Cidrs: {Type: CommaDelimitedList, Default: "10.0.0.0/8, 192.168.0.0/16"}
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
        IsEast: !Equals [!Ref AWS::Region, us-east-1]
        Loop: !Not [!Condition Loop]
      Mappings:
        Accounts:
          prod: {Consumer: "222222222222"}
      Resources:
        MyApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Stage: !Ref Stage
            Consumer: !Ref Consumer
            Cidrs: !Ref Cidrs
            Arn: !Sub "arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${MyApi}/*"
            Joined: !Join ["", ["execute-api:/", "*"]]
            Optional:
              Keep: 1
              Drop: !Ref AWS::NoValue
            List: [a, !Ref AWS::NoValue, b]
            WhenProd: !If [IsProd, prod-only, other]
            WhenEast: !If [IsEast, east, west]
            SameEither: !If [IsEast, same, same]
            LoopIf: !If [Loop, a, b]
            Account: !FindInMap [Accounts, !Ref Stage, Consumer]
            Missing: !FindInMap [Accounts, test, Consumer]
            Role: !GetAtt Role.Arn
            Escaped: !Sub "${!Literal}-${Stage}-${Role.Arn}"
            Vars: !Sub ["${Who}", {Who: !Ref Stage}]
            Split: !Select [1, !Split [",", "a,b,c"]]
            Import: !ImportValue SharedApi
            Weird: !Join "not a list"
            Other: !Cidr [x, 1, 2]
            Url: !Sub "execute-api.${AWS::URLSuffix}"
            NullVariable: !Sub ["execute-api:/${__Stage__}/GET/one", {__Stage__: null}]
            NullPart: !Join ["", ["execute-api:/", null, "/GET/one"]]
      """;

  private final ObjectNode template = (ObjectNode) YamlLoader.parse(TEMPLATE, "t.yaml");
  private final ObjectNode properties = properties(new TemplateResolver(template, ResolverSettings.unknown()));

  @Test
  void parameterWithDefaultResolvesAtTheIntrinsicsLocation() {
    assertThat(properties.get("Stage"))
        .isEqualTo(ScalarNode.string("prod", new Location("t.yaml", 16, 14), "/Resources/MyApi/Properties/Stage"));
  }

  @Test
  void parameterWithoutDefaultIsOpaque() {
    assertThat(text("Consumer")).isEqualTo(Symbols.opaque("parameter Consumer"));
  }

  @Test
  void listParameterDefaultIsSplitAndTrimmed() {
    assertThat(((ArrayNode) properties.get("Cidrs")).items())
        .extracting(Object::toString)
        .containsExactly("10.0.0.0/8", "192.168.0.0/16");
  }

  @Test
  void subLeavesTokensForWhatTheTemplateDoesNotFix() {
    assertThat(text("Arn"))
        .isEqualTo("arn:aws:execute-api:" + Symbols.REGION + ":" + Symbols.SELF_ACCOUNT + ":" + Symbols.resource("MyApi") + "/*");
    assertThat(text("Escaped")).isEqualTo("${Literal}-prod-" + Symbols.attribute("Role", "Arn"));
    assertThat(text("Vars")).isEqualTo("prod");
  }

  @Test
  void classF_aNullSubVariableIsUnknownNeverTheTextNull() {
    assertThat(Symbols.hasOpaque(text("NullVariable"))).isTrue();
    assertThat(Symbols.render(text("NullVariable"))).isEqualTo("execute-api:/${variable __Stage__ of Fn::Sub is null}/GET/one");
    assertThat(Symbols.render(text("NullPart"))).isEqualTo("execute-api:/${value is null}/GET/one");
  }

  @Test
  void settingsFixAccountRegionAndPartition() {
    ObjectNode resolved = properties(new TemplateResolver(template, new ResolverSettings("111111111111", "cn-north-1", null)));
    assertThat(resolved.get("Arn").toString())
        .isEqualTo("arn:aws:execute-api:cn-north-1:111111111111:" + Symbols.resource("MyApi") + "/*");
    assertThat(resolved.get("Url").toString()).isEqualTo("execute-api.amazonaws.com.cn");
    assertThat(resolved.get("WhenEast").toString()).isEqualTo("west");
  }

  @Test
  void joinSelectAndSplitComputeValues() {
    assertThat(text("Joined")).isEqualTo("execute-api:/*");
    assertThat(text("Split")).isEqualTo("b");
  }

  @Test
  void noValueRemovesTheKeyOrItem() {
    ObjectNode optional = (ObjectNode) properties.get("Optional");
    assertThat(optional.entries()).containsOnlyKeys("Keep");
    assertThat(((ArrayNode) properties.get("List")).items()).extracting(Object::toString).containsExactly("a", "b");
  }

  @Test
  void ifFollowsConditionsItCanEvaluate() {
    assertThat(properties.get("WhenProd"))
        .isEqualTo(ScalarNode.string("prod-only", new Location("t.yaml", 25, 30), "/Resources/MyApi/Properties/WhenProd/Fn::If/1"));
    assertThat(text("WhenEast")).isEqualTo(Symbols.opaque("Fn::If IsEast"));
    assertThat(text("SameEither")).isEqualTo("same");
    assertThat(text("LoopIf")).isEqualTo(Symbols.opaque("Fn::If Loop"));
  }

  @Test
  void findInMapLooksUpLiteralKeys() {
    assertThat(properties.get("Account"))
        .isEqualTo(ScalarNode.string("222222222222", new Location("t.yaml", 29, 16), "/Resources/MyApi/Properties/Account"));
    assertThat(text("Missing")).isEqualTo(Symbols.opaque("Fn::FindInMap Accounts/test/Consumer"));
  }

  @Test
  void otherFunctionsBecomeNamedOpaqueTokens() {
    assertThat(text("Role")).isEqualTo(Symbols.attribute("Role", "Arn"));
    assertThat(text("Import")).isEqualTo(Symbols.opaque("import SharedApi"));
    assertThat(text("Weird")).isEqualTo(Symbols.opaque("malformed Fn::Join"));
    assertThat(text("Other")).isEqualTo(Symbols.opaque("Fn::Cidr"));
    assertThat(text("Url")).isEqualTo("execute-api." + Symbols.token(Symbols.PSEUDO, "AWS::URLSuffix"));
  }

  @Test
  void resolvingLeavesTheTemplateUntouched() {
    Node original = ((ObjectNode) ((ObjectNode) ((ObjectNode) template.get("Resources")).get("MyApi")).get("Properties")).get("Stage");
    assertThat(original).isInstanceOf(ObjectNode.class);
  }

  @Test
  void copiesKeepDuplicateKeyRecords() {
    ObjectNode withDuplicate = (ObjectNode) YamlLoader.parse("Resources: {}\nA: 1\nA: 2\n", "d.yaml");
    ObjectNode copy = (ObjectNode) new TemplateResolver(withDuplicate, ResolverSettings.unknown()).resolve(withDuplicate);
    assertThat(copy.duplicates()).containsExactlyElementsOf(withDuplicate.duplicates());
  }

  @Test
  void mappingThatRefersToItselfTerminates() {
    ObjectNode cyclic = (ObjectNode) YamlLoader.parse(
        "Mappings: {M: {K: {V: !FindInMap [M, K, V]}}}\nValue: !FindInMap [M, K, V]\n", "c.yaml");
    Node value = new TemplateResolver(cyclic, ResolverSettings.unknown()).resolve(cyclic.get("Value"));
    assertThat(Symbols.hasOpaque(value.toString())).isTrue();
  }

  private String text(String property) {
    return ((ScalarNode) properties.get(property)).text();
  }

  private ObjectNode properties(TemplateResolver resolver) {
    ObjectNode api = (ObjectNode) ((ObjectNode) template.get("Resources")).get("MyApi");
    return (ObjectNode) resolver.resolve(api.get("Properties"));
  }
}
