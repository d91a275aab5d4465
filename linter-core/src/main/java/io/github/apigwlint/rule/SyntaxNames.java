package io.github.apigwlint.rule;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.source.Symbols;

/**
 * The names users write for model elements, in the language they wrote them in, for messages and
 * fixes: the model itself holds kinds, not CloudFormation or Terraform type names.
 */
public final class SyntaxNames {

  private SyntaxNames() {}

  /** {@code AWS::ApiGateway::DomainNameV2}, {@code aws_apigatewayv2_domain_name}, ... */
  public static String type(DomainName domain) {
    boolean terraform = domain.syntax() == Syntax.TERRAFORM;
    return switch (domain.kind()) {
      case V1 -> terraform ? "aws_api_gateway_domain_name" : "AWS::ApiGateway::DomainName";
      case V1_PRIVATE -> terraform ? "aws_api_gateway_domain_name" : "AWS::ApiGateway::DomainNameV2";
      case V2 -> terraform ? "aws_apigatewayv2_domain_name" : "AWS::ApiGatewayV2::DomainName";
    };
  }

  /** {@code AWS::ApiGateway::BasePathMapping}, {@code aws_apigatewayv2_api_mapping}, ... */
  public static String type(ApiMapping mapping) {
    boolean terraform = mapping.syntax() == Syntax.TERRAFORM;
    return switch (mapping.kind()) {
      case V1_BASE_PATH -> terraform ? "aws_api_gateway_base_path_mapping" : "AWS::ApiGateway::BasePathMapping";
      case V1_PRIVATE_BASE_PATH -> terraform ? "aws_api_gateway_base_path_mapping" : "AWS::ApiGateway::BasePathMappingV2";
      case V2_API_MAPPING -> terraform ? "aws_apigatewayv2_api_mapping" : "AWS::ApiGatewayV2::ApiMapping";
    };
  }

  /** The type without its service prefix, as a sentence names it: {@code BasePathMapping}. */
  public static String shortType(ApiMapping mapping) {
    String type = type(mapping);
    return type.substring(type.lastIndexOf(':') + 1);
  }

  /**
   * The setting that names the authorization of a method or route of {@code api}, as its input
   * writes it: {@code AuthorizationType}, Terraform's {@code authorization} ({@code
   * authorization_type} for v2 routes), SAM's {@code Auth.Authorizer}, OpenAPI's {@code
   * x-amazon-apigateway-auth} type.
   */
  public static String authorization(Api api, Method method) {
    return switch (method.syntax()) {
      case TERRAFORM -> api.protocol() == ApiProtocol.REST ? "authorization" : "authorization_type";
      case SAM -> "Auth.Authorizer";
      case OPENAPI -> "x-amazon-apigateway-auth type";
      default -> "AuthorizationType";
    };
  }

  /**
   * A value as the language of {@code syntax} writes what the input does not fix: {@code
   * ${AWS::AccountId}} in a template, {@code ${data.aws_caller_identity.current.account_id}} or
   * {@code ${aws_api_gateway_rest_api.orders.execution_arn}} in Terraform.
   */
  public static String value(Syntax syntax, String text) {
    return Symbols.render(text, syntax.spelling());
  }

  /** The name a template or configuration refers to an element by: the logical id or Terraform address. */
  public static String reference(String element) {
    return element.substring(element.indexOf('#') + 1);
  }
}
