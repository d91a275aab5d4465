package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclLoaderTest {

  private static Node at(Node root, String... path) {
    Node node = root;
    for (String step : path) {
      node = node instanceof ArrayNode list ? list.items().get(Integer.parseInt(step)) : ((ObjectNode) node).get(step);
    }
    return node;
  }

  private static String text(Node root, String... path) {
    return ((ScalarNode) at(root, path)).text();
  }

  @Test
  void blocksBecomeTerraformJsonSyntaxWithLocations() {
    ObjectNode root = HclLoader.parse("""
        # orders API
        resource "aws_api_gateway_rest_api" "orders" {
          name = "orders"
          endpoint_configuration {
            types            = ["PRIVATE"]
            vpc_endpoint_ids = [aws_vpc_endpoint.api.id]
          }
        }
        locals {
          stage = "prod"
        }
        locals {
          region = "us-east-1"
        }
        """, "main.tf");
    Node api = at(root, "resource", "aws_api_gateway_rest_api", "orders");
    assertThat(text(api, "name")).isEqualTo("orders");
    assertThat(at(api, "name").location()).isEqualTo(new Location("main.tf", 3, 10));
    assertThat(text(api, "endpoint_configuration", "0", "types", "0")).isEqualTo("PRIVATE");
    assertThat(((HclExpression.Traversal) at(api, "endpoint_configuration", "0", "vpc_endpoint_ids", "0")).names())
        .containsExactly("aws_vpc_endpoint", "api", "id");
    assertThat(at(api, "endpoint_configuration", "0", "vpc_endpoint_ids", "0").location()).isEqualTo(new Location("main.tf", 6, 25));
    assertThat(((ObjectNode) at(root, "locals")).entries()).containsOnlyKeys("stage", "region");
  }

  @Test
  void literalsKeepTheirKindAndExpressionsAreTyped() {
    ObjectNode root = HclLoader.parse("""
        resource "aws_api_gateway_method" "get" {
          api_key_required = false
          priority         = 10
          authorizer_id    = null
          http_method      = upper("get")
          authorization    = var.public ? "NONE" : "AWS_IAM"
          uri              = "arn:${data.aws_partition.p.partition}:apigateway:$${literal}/\\"x\\""
        }
        """, "m.tf");
    Node get = at(root, "resource", "aws_api_gateway_method", "get");
    assertThat(((ScalarNode) at(get, "api_key_required")).kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
    assertThat(((ScalarNode) at(get, "priority")).kind()).isEqualTo(ScalarNode.Kind.NUMBER);
    assertThat(((ScalarNode) at(get, "authorizer_id")).isNull()).isTrue();
    HclExpression.FunctionCall upper = (HclExpression.FunctionCall) at(get, "http_method");
    assertThat(upper.name()).isEqualTo("upper");
    assertThat(upper.arguments()).extracting(Node::toString).containsExactly("get");
    HclExpression.Conditional authorization = (HclExpression.Conditional) at(get, "authorization");
    assertThat(authorization.source()).isEqualTo("var.public ? \"NONE\" : \"AWS_IAM\"");
    assertThat(authorization.whenFalse()).isEqualTo(ScalarNode.string("AWS_IAM", new Location("m.tf", 6, 44), "/resource/aws_api_gateway_method/get/authorization"));
    List<Node> uri = ((HclExpression.Template) at(get, "uri")).parts();
    assertThat(uri).hasSize(3);
    assertThat(((ScalarNode) uri.get(0)).text()).isEqualTo("arn:");
    assertThat(((HclExpression.Traversal) uri.get(1)).names()).containsExactly("data", "aws_partition", "p", "partition");
    assertThat(uri.get(1).location()).isEqualTo(new Location("m.tf", 7, 29));
    assertThat(((ScalarNode) uri.get(2)).text()).isEqualTo(":apigateway:${literal}/\"x\"");
  }

  @Test
  void jsonencodeKeepsThePolicyAsALocatedTree() {
    ObjectNode root = HclLoader.parse("""
        resource "aws_api_gateway_rest_api_policy" "p" {
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Principal = "*"
              "Action"  = "execute-api:Invoke"
              Resource  = "${aws_api_gateway_rest_api.orders.execution_arn}/*"
            }]
          })
        }
        """, "p.tf");
    HclExpression.FunctionCall call = (HclExpression.FunctionCall) at(root, "resource", "aws_api_gateway_rest_api_policy", "p", "policy");
    assertThat(call.name()).isEqualTo("jsonencode");
    Node policy = call.arguments().get(0);
    assertThat(text(policy, "Statement", "0", "Action")).isEqualTo("execute-api:Invoke");
    assertThat(((HclExpression.Template) at(policy, "Statement", "0", "Resource")).parts()).extracting(Node::toString).hasSize(2).endsWith("/*");
    assertThat(((ObjectNode) at(policy, "Statement", "0")).key("Effect").location()).isEqualTo(new Location("p.tf", 5, 7));
  }

  @Test
  void aJsonHeredocIsReadAsJsonInPlace() {
    ObjectNode root = HclLoader.parse("""
        resource "aws_iam_role" "invoker" {
          assume_role_policy = <<-EOF
            {
              "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]
            }
          EOF
          description = <<EOT
        plain ${var.text}
        EOT
        }
        """, "r.tf");
    Node role = at(root, "resource", "aws_iam_role", "invoker");
    Node effect = at(role, "assume_role_policy", "Statement", "0", "Effect");
    assertThat(((ScalarNode) effect).text()).isEqualTo("Allow");
    assertThat(effect.location()).isEqualTo(new Location("r.tf", 4, 32));
    HclExpression.Template description = (HclExpression.Template) at(role, "description");
    assertThat(description.location()).isEqualTo(new Location("r.tf", 8, 1));
    assertThat(description.parts()).hasSize(3);
    assertThat(((HclExpression.Traversal) description.parts().get(1)).names()).containsExactly("var", "text");
    assertThat(description.parts().get(1).location()).isEqualTo(new Location("r.tf", 8, 9));
    assertThat(((ScalarNode) description.parts().get(2)).text()).isEqualTo("\n");
  }

  @Test
  void everyExpressionFormParses() {
    ObjectNode root = HclLoader.parse("""
        locals {
          a = [for s in var.list : upper(s) if s != ""]
          b = {for k, v in var.map : k => v...}
          c = aws_instance.web[*].id
          d = aws_instance.web.*.id
          e = -1 + 2 * 3 % 4 / 5 - (6)
          f = !true && false || 1 >= 2 && 1 <= 2 && 1 < 2 && 1 > 2 && 1 == 2
          g = "%{ if var.x }yes%{ else }no%{ endif }"
          h = provider::aws::arn_parse("arn:aws:iam::111111111111:root")
          i = { "quoted key" = 1, plain: 2, (var.k) = 3 }
          j = try(local.a[0], null)
          k = each.value["name"]
          l = 1.5e3
        }
        """, "x.tf");
    ObjectNode locals = (ObjectNode) at(root, "locals");
    assertThat(locals.entries()).hasSize(12);
    assertThat(((HclExpression.Traversal) at(locals, "c")).names()).containsExactly("aws_instance", "web", "id");
    assertThat(at(locals, "d")).isInstanceOf(HclExpression.Opaque.class);
    assertThat(((HclExpression.Opaque) at(locals, "a")).operands()).anySatisfy(
        operand -> assertThat(((HclExpression.Traversal) operand).names()).containsExactly("var", "list"));
    assertThat(((HclExpression.Template) at(locals, "g")).parts()).extracting(Node::toString)
        .containsExactly("Directive[source=if var.x, location=x.tf:8:8, pointer=/locals/g]", "yes",
            "Directive[source=else, location=x.tf:8:24, pointer=/locals/g]", "no",
            "Directive[source=endif, location=x.tf:8:35, pointer=/locals/g]");
    assertThat(((ObjectNode) at(locals, "i")).entries()).containsOnlyKeys("quoted key", "plain", "${(var.k)}");
  }

  @Test
  void jsonSyntaxStringsAreTemplates() {
    Node root = HclLoader.withTemplates(JsonLoader.parse("""
        {"resource": {"aws_api_gateway_rest_api_policy": {"p": {
          "rest_api_id": "${aws_api_gateway_rest_api.orders.id}",
          "description": "costs $${price}",
          "policy": "${jsonencode({Version = \\"2012-10-17\\"})}"
        }}}}
        """, "p.tf.json"));
    Node policy = at(root, "resource", "aws_api_gateway_rest_api_policy", "p");
    HclExpression.Template id = (HclExpression.Template) at(policy, "rest_api_id");
    assertThat(((HclExpression.Traversal) id.parts().get(0)).names()).containsExactly("aws_api_gateway_rest_api", "orders", "id");
    assertThat(id.parts().get(0).location()).isEqualTo(new Location("p.tf.json", 2, 18));
    assertThat(text(policy, "description")).isEqualTo("costs ${price}");
    HclExpression.FunctionCall encode = (HclExpression.FunctionCall) ((HclExpression.Template) at(policy, "policy")).parts().get(0);
    assertThat(text(encode.arguments().get(0), "Version")).isEqualTo("2012-10-17");
  }

  @Test
  void stringsOfAJsonHeredocAreTemplates() {
    ObjectNode root = HclLoader.parse("""
        locals {
          policy = <<EOF
        {"Resource": "${aws_api_gateway_rest_api.orders.execution_arn}/*"}
        EOF
        }
        """, "h.tf");
    HclExpression.Template resource = (HclExpression.Template) at(root, "locals", "policy", "Resource");
    assertThat(resource.location()).isEqualTo(new Location("h.tf", 3, 14));
    assertThat(((HclExpression.Traversal) resource.parts().get(0)).names()).containsExactly("aws_api_gateway_rest_api", "orders", "execution_arn");
  }

  @Test
  void aSyntaxErrorNamesItsLineAndColumn() {
    assertThatThrownBy(() -> HclLoader.parse("resource \"a\" \"b\" {\n  name = = 1\n}\n", "bad.tf"))
        .isInstanceOf(SourceParseException.class)
        .satisfies(e -> assertThat(((SourceParseException) e).location()).isEqualTo(new Location("bad.tf", 2, 10)));
  }

  @Test
  void anUnterminatedHeredocIsAnError() {
    assertThatThrownBy(() -> HclLoader.parse("locals {\n  p = <<EOF\n{}\n}\n", "bad.tf"))
        .isInstanceOf(SourceParseException.class);
  }
}
