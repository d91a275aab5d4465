package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThat(text(api, "endpoint_configuration", "0", "vpc_endpoint_ids", "0")).isEqualTo("${aws_vpc_endpoint.api.id}");
    assertThat(at(api, "endpoint_configuration", "0", "vpc_endpoint_ids", "0").location()).isEqualTo(new Location("main.tf", 6, 25));
    assertThat(((ObjectNode) at(root, "locals")).entries()).containsOnlyKeys("stage", "region");
  }

  @Test
  void literalsKeepTheirKindAndExpressionsBecomeTemplates() {
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
    assertThat(text(get, "http_method")).isEqualTo("${upper(\"get\")}");
    assertThat(text(get, "authorization")).isEqualTo("${var.public ? \"NONE\" : \"AWS_IAM\"}");
    assertThat(text(get, "uri")).isEqualTo("arn:${data.aws_partition.p.partition}:apigateway:$${literal}/\"x\"");
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
    Node policy = at(root, "resource", "aws_api_gateway_rest_api_policy", "p", "policy");
    assertThat(text(policy, "Statement", "0", "Action")).isEqualTo("execute-api:Invoke");
    assertThat(text(policy, "Statement", "0", "Resource")).isEqualTo("${aws_api_gateway_rest_api.orders.execution_arn}/*");
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
    assertThat(text(role, "description")).isEqualTo("plain ${var.text}\n");
    assertThat(at(role, "description").location()).isEqualTo(new Location("r.tf", 8, 1));
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
    assertThat(text(locals, "c")).isEqualTo("${aws_instance.web[*].id}");
    assertThat(text(locals, "g")).isEqualTo("%{ if var.x }yes%{ else }no%{ endif }");
    assertThat(((ObjectNode) at(locals, "i")).entries()).containsOnlyKeys("quoted key", "plain", "${(var.k)}");
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
