package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .tf files of one folder read as one module, as a plan of it would show them. */
class TerraformModuleTest {

  private static final Config OWNER =
      new Config("111111111111", List.of(), "us-east-1", Set.of(), List.of(), Map.of(), List.of(), List.of(), io.github.apigwlint.source.Limits.defaults(), null);

  @TempDir Path folder;

  private Workspace read(Config config, Map<String, String> files) throws IOException {
    WorkspaceBuilder builder = new WorkspaceBuilder(config);
    for (var file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.writeString(path, file.getValue());
      builder.add(((LoadOutcome.Loaded) new SourceLoader().load(path, "infra/" + file.getKey())).file());
    }
    return builder.workspace();
  }

  /** A root module {@code main.tf} that calls the module {@code modules/api/main.tf}. */
  private Workspace readWithModule(String main, String module) throws IOException {
    Files.createDirectories(folder.resolve("modules/api"));
    return read(OWNER, Map.of("main.tf", main, "modules/api/main.tf", module));
  }

  private static final String API = """
      variable "consumer_account" {
        default = "222222222222"
      }
      resource "aws_api_gateway_rest_api" "orders" {
        name = "orders"
        endpoint_configuration {
          types            = ["PRIVATE"]
          vpc_endpoint_ids = [aws_vpc_endpoint.api.id]
        }
      }
      resource "aws_api_gateway_resource" "items" {
        rest_api_id = aws_api_gateway_rest_api.orders.id
        parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
        path_part   = "items"
      }
      resource "aws_api_gateway_method" "list" {
        rest_api_id   = aws_api_gateway_rest_api.orders.id
        resource_id   = aws_api_gateway_resource.items.id
        http_method   = "GET"
        authorization = "AWS_IAM"
      }
      resource "aws_vpc_endpoint" "api" {
        service_name = "com.amazonaws.${data.aws_region.current.name}.execute-api"
        vpc_id       = var.vpc_id
      }
      """;

  private static final String POLICY = """
      data "aws_iam_policy_document" "orders" {
        statement {
          sid     = "ConsumerThroughOurEndpoint"
          actions = ["execute-api:Invoke"]
          principals {
            type        = "AWS"
            identifiers = ["arn:aws:iam::${var.consumer_account}:role/orders-client"]
          }
          resources = ["${aws_api_gateway_rest_api.orders.execution_arn}/*/GET/items"]
          condition {
            test     = "StringEquals"
            variable = "aws:SourceVpce"
            values   = [aws_vpc_endpoint.api.id]
          }
        }
      }
      resource "aws_api_gateway_rest_api_policy" "orders" {
        rest_api_id = aws_api_gateway_rest_api.orders.id
        policy      = data.aws_iam_policy_document.orders.json
      }
      """;

  @Test
  void resourcesOfAllFilesOfTheFolderLinkUp() throws IOException {
    Workspace workspace = read(OWNER,
        Map.of("api.tf", API, "policy.tf", POLICY));
    Api api = workspace.apis().get(0);
    assertThat(api.name()).isEqualTo("REST API aws_api_gateway_rest_api.orders");
    assertThat(api.element()).isEqualTo("infra/#aws_api_gateway_rest_api.orders");
    assertThat(api.endpointType()).isEqualTo(EndpointType.PRIVATE);
    assertThat(api.vpcEndpointIds()).containsExactly(Symbols.resource("aws_vpc_endpoint.api"));
    assertThat(api.methods()).singleElement().satisfies(m -> {
      assertThat(m.display()).isEqualTo("GET /items");
      assertThat(m.authorization()).isEqualTo(AuthorizationType.AWS_IAM);
      assertThat(m.location().file()).isEqualTo("infra/api.tf");
      assertThat(m.location().line()).isEqualTo(16);
    });
  }

  /** An aws_iam_policy_document renders the policy the API gets, each element at its block in the .tf file. */
  @Test
  void aPolicyDocumentDataSourceIsThePolicyWithItsReferencesResolved() throws IOException {
    Workspace workspace = read(OWNER,
        Map.of("api.tf", API, "policy.tf", POLICY));
    Api api = workspace.apis().get(0);
    PolicyDocument policy = workspace.resourcePolicy(api).orElseThrow();
    Statement statement = policy.policy().statements().get(0);
    assertThat(statement.label()).isEqualTo("statement ConsumerThroughOurEndpoint");
    assertThat(statement.node().location().file()).isEqualTo("infra/policy.tf");
    assertThat(statement.node().location().line()).isEqualTo(2);
    assertThat(statement.principal().aws()).extracting(v -> v.text())
        .containsExactly("arn:aws:iam::222222222222:role/orders-client");
    assertThat(statement.resources()).extracting(v -> v.text())
        .containsExactly("arn:aws:execute-api:us-east-1:111111111111:" + Symbols.resource("aws_api_gateway_rest_api.orders") + "/*/GET/items");
  }

  @Test
  void whatTheConfigurationLeavesOpenStaysOpaque() throws IOException {
    Workspace workspace = read(Config.defaults(), Map.of("main.tf", """
        resource "aws_api_gateway_rest_api" "orders" {
          name = "orders"
          endpoint_configuration {
            types = [var.endpoint_type]
          }
          policy = file("policy.json")
        }
        """));
    Api api = workspace.apis().get(0);
    assertThat(api.endpointType()).isNull();
    assertThat(workspace.resourcePolicy(api)).hasValueSatisfying(p -> assertThat(p.policy().statements()).isEmpty());
  }

  private static final String API_OF_VARIABLES = """
      variable "endpoint_type" {
        default = "REGIONAL"
      }
      variable "vpce" {}
      resource "aws_api_gateway_rest_api" "orders" {
        name = "orders"
        endpoint_configuration {
          types            = [var.endpoint_type]
          vpc_endpoint_ids = [var.vpce]
        }
      }
      """;

  /** The one API of {@link #API_OF_VARIABLES} read with {@code variableFiles} beside it. */
  private Api apiReadWith(Map<String, String> variableFiles) throws IOException {
    Map<String, String> files = new HashMap<>(variableFiles);
    files.put("main.tf", API_OF_VARIABLES);
    return read(OWNER, files).apis().get(0);
  }

  /** Terraform loads terraform.tfvars, then *.auto.tfvars; other variable files need -var-file. */
  @Test
  void variableFilesTerraformLoadsByItselfSetVariables() throws IOException {
    Api orders = apiReadWith(Map.of(
        "terraform.tfvars", "endpoint_type = \"EDGE\"\nvpce = \"vpce-0aaaaaaaaaaaaaaaa\"\n",
        "private.auto.tfvars", "endpoint_type = \"PRIVATE\"\n",
        "prod.tfvars", "vpce = \"vpce-0bbbbbbbbbbbbbbbb\"\n"));
    assertThat(orders.endpointType()).isEqualTo(EndpointType.PRIVATE);
    assertThat(orders.vpcEndpointIds()).containsExactly("vpce-0aaaaaaaaaaaaaaaa");
  }

  /**
   * Terraform loads terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and
   * *.auto.tfvars.json in name order: the last file that sets a variable wins.
   */
  @Test
  void class4_jsonVariableFilesSetVariablesInTheOrderTerraformLoadsThem() throws IOException {
    Api orders = apiReadWith(Map.of(
        "terraform.tfvars", "endpoint_type = \"EDGE\"\nvpce = \"vpce-0aaaaaaaaaaaaaaaa\"\n",
        "terraform.tfvars.json", "{\"endpoint_type\": \"REGIONAL\", \"vpce\": \"vpce-0bbbbbbbbbbbbbbbb\"}",
        "a.auto.tfvars.json", "{\"endpoint_type\": \"PRIVATE\"}",
        "prod.tfvars.json", "{\"vpce\": \"vpce-0cccccccccccccccc\"}"));
    assertThat(orders.endpointType()).isEqualTo(EndpointType.PRIVATE);
    assertThat(orders.vpcEndpointIds()).containsExactly("vpce-0bbbbbbbbbbbbbbbb");
  }

  /** A folder called as a module is read once per call, with the call's arguments, not on its own. */
  @Test
  void aLocalModuleIsReadThroughEachCallWithItsArguments() throws IOException {
    Workspace workspace = readWithModule("""
            resource "aws_vpc_endpoint" "api" {
              service_name = "com.amazonaws.us-east-1.execute-api"
            }
            module "orders" {
              source    = "./modules/api"
              name      = "orders"
              endpoints = [aws_vpc_endpoint.api.id]
            }
            module "billing" {
              source    = "./modules/api"
              name      = "billing"
              endpoints = ["vpce-0bbbbbbbbbbbbbbbb"]
            }
            """, """
            variable "name" {}
            variable "endpoints" {
              default = []
            }
            resource "aws_api_gateway_rest_api" "this" {
              name = var.name
              endpoint_configuration {
                types            = ["PRIVATE"]
                vpc_endpoint_ids = var.endpoints
              }
            }
            resource "aws_api_gateway_rest_api_policy" "this" {
              rest_api_id = aws_api_gateway_rest_api.this.id
              policy = jsonencode({
                Statement = [{
                  Effect = "Allow", Principal = "*", Action = "execute-api:Invoke"
                  Resource = "${aws_api_gateway_rest_api.this.execution_arn}/*"
                }]
              })
            }
            """);
    assertThat(workspace.apis()).extracting(Api::name).containsExactly(
        "REST API module.orders.aws_api_gateway_rest_api.this of root module infra/",
        "REST API module.billing.aws_api_gateway_rest_api.this of root module infra/");
    Api orders = workspace.apis().get(0);
    Api billing = workspace.apis().get(1);
    assertThat(orders.vpcEndpointIds()).containsExactly(Symbols.resource("aws_vpc_endpoint.api"));
    assertThat(billing.vpcEndpointIds()).containsExactly("vpce-0bbbbbbbbbbbbbbbb");
    assertThat(orders.apiId()).isNotEqualTo(billing.apiId());
    assertThat(workspace.resourcePolicy(billing)).hasValueSatisfying(p ->
        assertThat(p.policy().statements().get(0).resources()).extracting(v -> v.text())
            .containsExactly("arn:aws:execute-api:us-east-1:111111111111:" + billing.apiId() + "/*"));
  }

  /** Dynamic blocks are known only when Terraform runs: what they would decide stays unknown. */
  @Test
  void dynamicBlocksLeaveWhatTheyWriteUnknown() throws IOException {
    Workspace workspace = read(OWNER, Map.of("main.tf", """
        resource "aws_api_gateway_rest_api" "orders" {
          name = "orders"
          dynamic "endpoint_configuration" {
            for_each = var.private ? [1] : []
            content {
              types = ["PRIVATE"]
            }
          }
        }
        data "aws_iam_policy_document" "orders" {
          statement {
            actions   = ["execute-api:Invoke"]
            resources = ["execute-api:/*"]
            principals {
              type        = "AWS"
              identifiers = ["arn:aws:iam::111111111111:role/backend"]
            }
          }
          dynamic "statement" {
            for_each = var.consumers
            content {
              actions = ["execute-api:Invoke"]
            }
          }
        }
        resource "aws_api_gateway_rest_api_policy" "orders" {
          rest_api_id = aws_api_gateway_rest_api.orders.id
          policy      = data.aws_iam_policy_document.orders.json
        }
        """));
    Api orders = workspace.apis().get(0);
    assertThat(orders.endpointType()).isNull();
    assertThat(workspace.resourcePolicy(orders)).hasValueSatisfying(p -> assertThat(p.policy().statements()).isEmpty());
  }

  @Test
  void anAddressDeclaredTwiceInOneModuleIsAProblemAtBothDeclarations() throws IOException {
    WorkspaceBuilder builder = new WorkspaceBuilder(OWNER);
    for (var file : Map.of(
        "a.tf", "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = \"first\"\n}\n",
        "b.tf", "locals {}\n\nresource \"aws_api_gateway_rest_api\" \"api\" {\n  name = \"second\"\n}\n").entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.writeString(path, file.getValue());
      builder.add(((LoadOutcome.Loaded) new SourceLoader().load(path, "infra/" + file.getKey())).file());
    }
    assertThat(builder.workspace().apis()).singleElement().satisfies(api -> assertThat(api.location()).isEqualTo(new Location("infra/a.tf", 1, 37)));
    assertThat(builder.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).isEqualTo(
          "resource aws_api_gateway_rest_api.api is declared twice in one module, at infra/a.tf:1:37 and at infra/b.tf:3:37;"
              + " Terraform refuses the configuration, apigw-lint reads the first");
      assertThat(problem.location()).isEqualTo(new Location("infra/a.tf", 1, 37));
      assertThat(problem.related()).containsExactly(
          new SourceProblem.Related(new Location("infra/b.tf", 3, 37), "another declaration of aws_api_gateway_rest_api.api"));
    });
  }

  @Test
  void anAddressDeclaredTwiceInOneFileIsAProblemToo() throws IOException {
    WorkspaceBuilder builder = new WorkspaceBuilder(OWNER);
    Path path = folder.resolve("main.tf");
    Files.writeString(path, "data \"aws_region\" \"current\" {}\ndata \"aws_region\" \"current\" {}\n");
    builder.add(((LoadOutcome.Loaded) new SourceLoader().load(path, "main.tf")).file());
    builder.workspace();
    assertThat(builder.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(new Location("main.tf", 1, 19));
      assertThat(problem.related()).extracting(SourceProblem.Related::location).containsExactly(new Location("main.tf", 2, 19));
    });
  }

  @Test
  void anAddressDeclaredThreeTimesIsOneProblemWithTheOtherTwoRelated() throws IOException {
    WorkspaceBuilder builder = new WorkspaceBuilder(OWNER);
    for (String name : List.of("a.tf", "b.tf", "c.tf")) {
      Path path = folder.resolve(name);
      Files.writeString(path, "data \"aws_region\" \"current\" {}\n");
      builder.add(((LoadOutcome.Loaded) new SourceLoader().load(path, name)).file());
    }
    builder.workspace();
    assertThat(builder.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.message()).startsWith(
          "data data.aws_region.current is declared 3 times in one module, at a.tf:1:19, at b.tf:1:19 and at c.tf:1:19;");
      assertThat(problem.related()).extracting(SourceProblem.Related::location)
          .containsExactly(new Location("b.tf", 1, 19), new Location("c.tf", 1, 19));
    });
  }

  @Test
  void aDuplicateAddressIsAParseErrorFindingPointingAtBothDeclarations() throws IOException {
    Files.writeString(folder.resolve("b.tf"), "resource \"aws_iam_role\" \"invoker\" {\n  name = \"b\"\n}\n");
    Files.writeString(folder.resolve("a.tf"), "\nresource \"aws_iam_role\" \"invoker\" {\n  name = \"a\"\n}\n");
    LintResult result = new Linter(RuleRegistry.of(List.of())).run(new LintRequest(List.of(folder), Config.defaults(), folder));
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("parse-error");
      assertThat(finding.location()).isEqualTo(new Location("a.tf", 2, 25));
      assertThat(finding.message()).startsWith("resource aws_iam_role.invoker is declared twice in one module, at a.tf:2:25 and at b.tf:1:25");
      assertThat(finding.related()).containsExactly(new Finding.Related(new Location("b.tf", 1, 25), "another declaration of aws_iam_role.invoker"));
    });
  }

  /** Heredoc and .tf.json strings are templates: their references resolve and statements stay where they are written. */
  @Test
  void templatesOfHeredocsAndJsonSyntaxResolveInPlace() throws IOException {
    Workspace workspace = read(OWNER, Map.of(
        "api.tf.json", """
            {"resource": {
              "aws_api_gateway_rest_api": {"orders": {"name": "orders"}},
              "aws_api_gateway_stage": {"prod": {"rest_api_id": "${aws_api_gateway_rest_api.orders.id}", "stage_name": "${local.stage}"}}
            }}
            """,
        "policy.tf", """
            locals {
              stage = "prod"
            }
            resource "aws_api_gateway_rest_api_policy" "orders" {
              rest_api_id = "${aws_api_gateway_rest_api.orders.id}"
              policy      = <<-EOF
                {
                  "Statement": [{
                    "Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke",
                    "Resource": "${aws_api_gateway_rest_api.orders.execution_arn}/${local.stage}/GET/*"
                  }]
                }
              EOF
            }
            """));
    Api api = workspace.apis().get(0);
    assertThat(api.stageNames()).containsExactly("prod");
    Statement statement = workspace.resourcePolicy(api).orElseThrow().policy().statements().get(0);
    assertThat(statement.node().location()).isEqualTo(new Location("infra/policy.tf", 8, 21));
    assertThat(statement.resources()).extracting(v -> v.text())
        .containsExactly("arn:aws:execute-api:us-east-1:111111111111:" + Symbols.resource("aws_api_gateway_rest_api.orders") + "/prod/GET/*");
  }

  /** count = n makes [0] to [n-1]; a reference indexed by count.index names its own instance. */
  @Test
  void countMakesOneInstancePerIndexAndCountIndexNamesTheInstance() throws IOException {
    Workspace workspace = read(OWNER, Map.of("main.tf", """
        variable "teams" {
          default = ["billing", "orders"]
        }
        resource "aws_api_gateway_rest_api" "team" {
          count = length(var.teams)
          name  = var.teams[count.index]
        }
        resource "aws_api_gateway_method" "list" {
          count         = 2
          rest_api_id   = aws_api_gateway_rest_api.team[count.index].id
          resource_id   = aws_api_gateway_rest_api.team[count.index].root_resource_id
          http_method   = count.index == 0 ? "GET" : "POST"
          authorization = "NONE"
        }
        resource "aws_api_gateway_rest_api_policy" "team" {
          count       = 2
          rest_api_id = aws_api_gateway_rest_api.team[count.index].id
          policy = jsonencode({
            Statement = [{
              Effect = "Allow", Principal = "*", Action = "execute-api:Invoke"
              Resource = "${aws_api_gateway_rest_api.team[count.index].execution_arn}/*/${aws_api_gateway_rest_api.team[count.index].name}"
            }]
          })
        }
        resource "aws_api_gateway_rest_api" "never" {
          count = 0
          name  = "never"
        }
        resource "aws_api_gateway_rest_api" "too_many_to_list" {
          count = 18446744073709551617
          name  = "many-${count.index}"
        }
        resource "aws_api_gateway_rest_api" "not_a_whole_number" {
          count = 1.5
          name  = "half"
        }
        """));
    // more instances than are listed one by one, or a count that is no whole number: one stands for them
    assertThat(workspace.apis()).extracting(Api::name).containsExactly(
        "REST API aws_api_gateway_rest_api.team[0]", "REST API aws_api_gateway_rest_api.team[1]",
        "REST API aws_api_gateway_rest_api.too_many_to_list", "REST API aws_api_gateway_rest_api.not_a_whole_number");
    Api billing = workspace.apis().get(0);
    Api orders = workspace.apis().get(1);
    assertThat(billing.element()).isEqualTo("infra/#aws_api_gateway_rest_api.team[0]");
    assertThat(billing.methods()).extracting(m -> m.display()).containsExactly("GET /");
    assertThat(orders.methods()).extracting(m -> m.display()).containsExactly("POST /");
    assertThat(workspace.resourcePolicy(orders)).hasValueSatisfying(p ->
        assertThat(p.policy().statements().get(0).resources()).extracting(v -> v.text()).containsExactly(
            "arn:aws:execute-api:us-east-1:111111111111:" + Symbols.resource("aws_api_gateway_rest_api.team[1]") + "/*/orders"));
  }

  private static final String SHOP = """
      resource "aws_api_gateway_rest_api" "shop" {
        name = "shop"
      }
      """;

  /** for_each over a map makes one instance per key, in key order, each.key and each.value its own. */
  @Test
  void forEachMakesOneInstancePerKeyWithEachKeyAndValue() throws IOException {
    Workspace workspace = read(OWNER, Map.of("main.tf", SHOP + """
        locals {
          routes = {
            users = { path_part = "users", http_method = "get" }
            cards = { path_part = "cards", http_method = "POST" }
          }
        }
        resource "aws_api_gateway_resource" "route" {
          for_each    = local.routes
          rest_api_id = aws_api_gateway_rest_api.shop.id
          parent_id   = aws_api_gateway_rest_api.shop.root_resource_id
          path_part   = each.value.path_part
        }
        resource "aws_api_gateway_method" "route" {
          for_each      = local.routes
          rest_api_id   = aws_api_gateway_rest_api.shop.id
          resource_id   = aws_api_gateway_resource.route[each.key].id
          http_method   = each.value.http_method
          authorization = each.key == "users" ? "AWS_IAM" : "NONE"
        }
        resource "aws_api_gateway_stage" "stage" {
          for_each    = toset(["prod", "test"])
          rest_api_id = aws_api_gateway_rest_api.shop.id
          stage_name  = each.value
        }
        """));
    Api shop = workspace.apis().get(0);
    assertThat(shop.methods()).extracting(m -> m.display() + " " + m.authorization() + " " + m.element()).containsExactly(
        "POST /cards NONE infra/#aws_api_gateway_method.route[\"cards\"]",
        "GET /users AWS_IAM infra/#aws_api_gateway_method.route[\"users\"]");
    assertThat(shop.stageNames()).containsExactly("prod", "test");
  }

  /**
   * A for_each or count the module does not decide: one instance stands for all of them, its
   * each.* and count.index unknown; nothing is made of their names (no verb OPAQUE:...).
   */
  @Test
  void anUndecidedForEachLeavesOneInstanceWhoseEachValuesAreUnknown() throws IOException {
    Workspace workspace = read(OWNER, Map.of("main.tf", SHOP + """
        variable "routes" {}
        resource "aws_api_gateway_method" "route" {
          for_each      = var.routes
          rest_api_id   = aws_api_gateway_rest_api.shop.id
          resource_id   = aws_api_gateway_rest_api.shop.root_resource_id
          http_method   = each.value.http_method
          authorization = "NONE"
        }
        resource "aws_api_gateway_method" "listed" {
          for_each      = { for route in var.routes : route.key => route }
          rest_api_id   = aws_api_gateway_rest_api.shop.id
          resource_id   = aws_api_gateway_rest_api.shop.root_resource_id
          http_method   = "GET"
          authorization = "NONE"
        }
        """));
    Api shop = workspace.apis().get(0);
    assertThat(shop.methods()).hasSize(2).first().satisfies(m -> {
      assertThat(Symbols.hasOpaque(m.verb())).isTrue();
      assertThat(m.display()).isEqualTo("${each.value.http_method} /");
      assertThat(m.element()).isEqualTo("infra/#aws_api_gateway_method.route");
    });
  }

  /** A module block with count or for_each: one module instance per index or key, none for 0. */
  @Test
  void aModuleCallWithCountOrForEachIsReadOncePerInstance() throws IOException {
    Workspace workspace = readWithModule("""
            module "regional" {
              for_each = { eu = "REGIONAL", us = "EDGE" }
              source   = "./modules/api"
              type     = each.value
            }
            module "skipped" {
              count  = 0
              source = "./modules/api"
              type   = "PRIVATE"
            }
            """, """
            variable "type" {}
            resource "aws_api_gateway_rest_api" "this" {
              name = "api"
              endpoint_configuration {
                types = [var.type]
              }
            }
            """);
    assertThat(workspace.apis()).extracting(a -> a.name() + " " + a.endpointType()).containsExactly(
        "REST API module.regional[\"eu\"].aws_api_gateway_rest_api.this of root module infra/ REGIONAL",
        "REST API module.regional[\"us\"].aws_api_gateway_rest_api.this of root module infra/ EDGE");
  }

  /** Two root modules that call one module make two APIs: each named and identified after its root. */
  @Test
  void aCalledModuleBelongsToTheRootModuleThatCallsIt() throws IOException {
    Files.createDirectories(folder.resolve("modules/api"));
    Files.createDirectories(folder.resolve("examples/basic"));
    Files.createDirectories(folder.resolve("examples/complete"));
    String call = """
        module "api" {
          source = "../../modules/api"
        }
        """;
    Workspace workspace = read(OWNER, Map.of(
        "examples/basic/main.tf", call,
        "examples/complete/main.tf", call,
        "modules/api/main.tf", """
            resource "aws_api_gateway_rest_api" "this" {
              name = "api"
            }
            """));
    assertThat(workspace.apis()).extracting(Api::element).containsExactlyInAnyOrder(
        "infra/examples/basic/#module.api.aws_api_gateway_rest_api.this",
        "infra/examples/complete/#module.api.aws_api_gateway_rest_api.this");
    assertThat(workspace.apis()).extracting(Api::name).containsExactlyInAnyOrder(
        "REST API module.api.aws_api_gateway_rest_api.this of root module infra/examples/basic/",
        "REST API module.api.aws_api_gateway_rest_api.this of root module infra/examples/complete/");
  }

  /** A variable declared nullable = false takes its default when the caller passes null; others take null. */
  @Test
  void aNullInputLeavesTheDefaultOfAVariableThatIsNotNullable() throws IOException {
    Workspace workspace = readWithModule("""
            variable "unset" {
              default = null
            }
            module "api" {
              source             = "./modules/api"
              endpoint_type      = var.unset
              create_policy      = null
              nullable_with_default = null
            }
            """, """
            variable "endpoint_type" {
              default  = "PRIVATE"
              nullable = false
            }
            variable "create_policy" {
              default  = true
              nullable = false
            }
            variable "nullable_with_default" {
              default = "REGIONAL"
            }
            resource "aws_api_gateway_rest_api" "this" {
              name = "api"
              endpoint_configuration {
                types = [var.endpoint_type]
              }
            }
            resource "aws_api_gateway_rest_api" "other" {
              name = "other"
              endpoint_configuration {
                types = [var.nullable_with_default]
              }
            }
            resource "aws_api_gateway_rest_api_policy" "this" {
              count       = var.create_policy ? 1 : 0
              rest_api_id = aws_api_gateway_rest_api.this.id
              policy      = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "*" }] })
            }
            """);
    Api api = workspace.apis().get(0);
    assertThat(api.endpointType()).isEqualTo(EndpointType.PRIVATE);
    assertThat(workspace.resourcePolicy(api)).isPresent();
    assertThat(workspace.apis().get(1).endpointType()).isNotEqualTo(EndpointType.REGIONAL);
  }

  private Workspace lint(Path checked) {
    return Linter.workspace(new LintRequest(List.of(checked), OWNER, folder));
  }

  private static final String SPEC = """
      {
        "openapi": "3.0.1",
        "info": {"title": "${title}", "version": "1"},
        "paths": {
          "/${title}/{id}": {
            "get": {
              "x-amazon-apigateway-integration": {"uri": "${GET_LETTER_LAMBDA_ARN}", "credentials": "${ROLE_ARN}"}
            }
          },
          "/${stage}": {
            "post": {"x-amazon-apigateway-integration": {"uri": "%{ if a }x%{ endif }"}}
          }
        }
      }
      """;

  /** templatefile() reads the body from the module's folder: its methods, located in that file, and the file is no API of its own. */
  @Test
  void terraformTemplatefile_aBodyReadWithTemplatefileIsTheApisDefinition() throws IOException {
    Files.createDirectories(folder.resolve("infra/modules/api/resources"));
    Files.writeString(folder.resolve("infra/main.tf"), """
        module "api" {
          source = "./modules/api"
          title  = "letters"
        }
        """);
    Files.writeString(folder.resolve("infra/modules/api/resources/spec.tmpl.json"), SPEC);
    Files.writeString(folder.resolve("infra/modules/api/main.tf"), """
        variable "title" {}
        locals {
          spec = templatefile("${path.module}/resources/spec.tmpl.json", {
            title                 = var.title
            GET_LETTER_LAMBDA_ARN = module.get_letter.function_arn
          })
        }
        resource "aws_api_gateway_rest_api" "api" {
          name = "letters"
          body = sensitive(local.spec)
        }
        """);
    Workspace workspace = lint(folder.resolve("infra"));
    assertThat(workspace.apis()).singleElement().satisfies(api -> {
      assertThat(api.element()).isEqualTo("infra/#module.api.aws_api_gateway_rest_api.api");
      assertThat(api.methods()).extracting(Method::verb, Method::path, Method::authorization)
          .containsExactlyInAnyOrder(tuple("GET", "/letters/{id}", AuthorizationType.NONE), tuple("POST", "/" + Symbols.placeholder("stage"), AuthorizationType.NONE));
      assertThat(api.methods()).extracting(m -> m.location().file()).containsOnly("infra/modules/api/resources/spec.tmpl.json");
      assertThat(api.methods()).extracting(m -> m.location().line()).containsExactlyInAnyOrder(6, 11);
    });
  }

  /** file() of a path outside the checked folders, or of a path the module does not decide, reads nothing: the methods stay unknown. */
  @Test
  void terraformTemplatefile_aPathOutsideTheCheckedFoldersOrUnknownIsNotRead() throws IOException {
    Files.createDirectories(folder.resolve("infra"));
    Files.writeString(folder.resolve("spec.json"), SPEC);
    Files.writeString(folder.resolve("infra/main.tf"), """
        variable "spec" {}
        resource "aws_api_gateway_rest_api" "outside" {
          name = "outside"
          body = file("../spec.json")
        }
        resource "aws_api_gateway_rest_api" "unknown" {
          name = "unknown"
          body = templatefile(var.spec, {})
        }
        """);
    Workspace workspace = lint(folder.resolve("infra"));
    assertThat(workspace.apis()).hasSize(2).allSatisfy(api -> assertThat(api.methods()).isEmpty());
    assertThat(workspace.definitions()).isEmpty();
  }

  /** sensitive(x) is x: a policy marked sensitive is the API's resource policy. */
  @Test
  void terraformTemplatefile_aSensitivePolicyIsThePolicy() throws IOException {
    Workspace workspace = read(OWNER, Map.of("main.tf", """
        resource "aws_api_gateway_rest_api" "api" {
          name   = "api"
          policy = sensitive(jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "execute-api:Invoke", Resource = "*" }] }))
        }
        """));
    Statement statement = workspace.resourcePolicy(workspace.apis().get(0)).orElseThrow().policy().statements().get(0);
    assertThat(statement.node().location()).isEqualTo(new Location("infra/main.tf", 3, 48));
  }

  /** A template that is JSON only once rendered is Terraform's, not broken input: its policy is unknown and no parse error is reported. */
  @Test
  void terraformTemplatefile_aTemplateThatParsesOnlyOnceRenderedIsUnknownNotAParseError() throws IOException {
    Files.createDirectories(folder.resolve("infra/templates"));
    Files.writeString(folder.resolve("infra/templates/policy.json.tpl"), "{\"Statement\": ${statements}}\n");
    Files.writeString(folder.resolve("infra/main.tf"), """
        resource "aws_api_gateway_rest_api" "api" {
          name   = "api"
          policy = templatefile("${path.module}/templates/policy.json.tpl", { statements = "[]" })
        }
        """);
    LintResult result = new Linter(RuleRegistry.of(List.of())).run(new LintRequest(List.of(folder.resolve("infra")), OWNER, folder));
    assertThat(result.findings()).isEmpty();
    Workspace workspace = lint(folder.resolve("infra"));
    assertThat(workspace.resourcePolicy(workspace.apis().get(0))).hasValueSatisfying(policy ->
        assertThat(policy.policy().statements()).isEmpty());
  }

  /** module.x.out stands for what the output's value names in that instance, so resources of the caller and of other calls link to the API. */
  @Test
  void terraformModuleOutput_resourcesPassedAnOutputLinkToTheApiItNames() throws IOException {
    for (String module : List.of("api", "stage", "vpce")) {
      Files.createDirectories(folder.resolve("modules/" + module));
    }
    Workspace workspace = read(OWNER, Map.of(
        "main.tf", """
            module "vpce" {
              for_each = toset(compact(["s3", "execute-api", ""]))
              source   = "./modules/vpce"
            }
            module "api" {
              source  = "./modules/api"
              vpce_id = module.vpce["execute-api"].id
            }
            module "stage" {
              source      = "./modules/stage"
              rest_api_id = module.api.rest_api_id
            }
            resource "aws_api_gateway_resource" "items" {
              path_part   = "items"
              parent_id   = module.api.root_resource_id
              rest_api_id = module.api.rest_api_id
            }
            resource "aws_api_gateway_method" "list" {
              http_method   = "GET"
              authorization = "NONE"
              resource_id   = aws_api_gateway_resource.items.id
              rest_api_id   = module.api.rest_api_id
            }
            """,
        "modules/vpce/main.tf", """
            resource "aws_vpc_endpoint" "this" {
              vpc_id = "vpc-1"
            }
            output "id" {
              value = aws_vpc_endpoint.this.id
            }
            """,
        "modules/api/main.tf", """
            variable "vpce_id" {}
            resource "aws_api_gateway_rest_api" "api" {
              name = "api"
              endpoint_configuration {
                types            = ["PRIVATE"]
                vpc_endpoint_ids = [var.vpce_id]
              }
            }
            output "rest_api_id" {
              value = aws_api_gateway_rest_api.api.id
            }
            output "root_resource_id" {
              value = aws_api_gateway_rest_api.api.root_resource_id
            }
            """,
        "modules/stage/main.tf", """
            variable "rest_api_id" {}
            resource "aws_api_gateway_stage" "prod" {
              rest_api_id = var.rest_api_id
              stage_name  = "prod"
            }
            """));
    assertThat(workspace.apis()).singleElement().satisfies(api -> {
      assertThat(api.element()).isEqualTo("infra/#module.api.aws_api_gateway_rest_api.api");
      assertThat(api.methods()).extracting(Method::verb, Method::path).containsExactly(tuple("GET", "/items"));
      assertThat(api.stageNames()).containsExactly("prod");
      assertThat(api.vpcEndpointIds()).containsExactly(Symbols.resource("module.vpce[\"execute-api\"].aws_vpc_endpoint.this"));
    });
  }

  /** A resource passed whole to a module ({@code rest_api = aws_api_gateway_rest_api.api}) is read there through its attributes ({@code var.rest_api.id}). */
  @Test
  void terraformModuleOutput_aResourcePassedWholeLinksThroughItsAttributes() throws IOException {
    Workspace workspace = readWithModule("""
        module "deploy_v1" {
          rest_api = aws_api_gateway_rest_api.api
          source   = "./modules/api"
        }
        resource "aws_api_gateway_rest_api" "api" {
          name = "api"
        }
        """, """
        variable "rest_api" {}
        resource "aws_api_gateway_stage" "v1" {
          stage_name  = "v1"
          rest_api_id = var.rest_api.id
        }
        """);
    assertThat(workspace.apis()).singleElement().satisfies(api -> assertThat(api.stageNames()).containsExactly("v1"));
  }
}
