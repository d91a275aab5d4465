package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.StatementOrigin;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.PolicyParser;
import io.github.apigwlint.source.EmbeddedJson;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceParseException;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.Symbols;
import java.util.List;

/**
 * One file being read into the workspace: where its elements go, which account and region they
 * belong to, and how its policies are parsed.
 *
 * @param account literal account of the file or {@code Symbols.SELF_ACCOUNT}
 * @param region literal region or {@code Symbols.REGION}
 */
record FileContext(
    SourceFile file, Workspace workspace, List<SourceProblem> problems, String account, String region, String partition) {

  String element(String logicalId) {
    return file.displayPath() + "#" + logicalId;
  }

  /** The ARN of a role of this file's account, from its path ({@code /} by default) and name. */
  String roleArn(String path, String name) {
    return "arn:" + partition + ":iam::" + account + ":role" + path + name;
  }

  /** The language of the file's values: Terraform for a configuration or plan. */
  Syntax syntax() {
    return switch (file.format()) {
      case TERRAFORM_CONFIG, TERRAFORM_PLAN -> Syntax.TERRAFORM;
      case OPENAPI -> Syntax.OPENAPI;
      case POLICY -> Syntax.POLICY;
      default -> Syntax.CLOUDFORMATION;
    };
  }

  /**
   * Adds a policy, given after intrinsic resolution. A policy written as a JSON string is parsed
   * again, with locations in this file where the string was written literally.
   */
  PolicyDocument addPolicy(
      PolicyKind kind, Node resolved, String owner, String element, Api api, String principal) {
    return addPolicy(kind, resolved, owner, element, api, principal, List.of());
  }

  /**
   * Adds the resource policy of {@code api} that the input leaves unknown, {@code what} saying which
   * it is: neither no policy nor one that grants or denies.
   */
  PolicyDocument addUnknownPolicy(Api api, String what, Location at, String pointer, String element) {
    return addPolicy(PolicyKind.API_RESOURCE_POLICY, ScalarNode.string(Symbols.opaque(what), at, pointer), api.name(), element, api, null);
  }

  /** Adds a generated policy with what produced each of its generated statements. */
  PolicyDocument addPolicy(
      PolicyKind kind, Node resolved, String owner, String element, Api api, String principal, List<StatementOrigin> origins) {
    Node tree = resolved;
    if (resolved instanceof ScalarNode scalar && scalar.isString() && !Symbols.isSingleToken(scalar.text())) {
      try {
        tree = EmbeddedJson.parse(scalar, file);
      } catch (SourceParseException e) {
        problems.add(new SourceProblem("policy of " + owner + " is not valid JSON: " + e.getMessage(), e.location(), scalar.pointer()));
        return null;
      }
    }
    Node parsed = tree;
    PolicyParser.tooManyStatements(tree).ifPresent(e -> problems.add(e.toProblem(parsed.location(), parsed.pointer())));
    boolean resourcePolicy = kind != PolicyKind.IDENTITY_POLICY;
    PolicyDocument document =
        new PolicyDocument(kind, tree, PolicyParser.parse(tree, resourcePolicy, kind != PolicyKind.TRUST_POLICY), owner, element, api,
            principal, account, origins, syntax());
    workspace.policies().add(document);
    return document;
  }
}
