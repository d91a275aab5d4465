package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.SamTransformError;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.cfn.TemplateResolver;
import java.util.List;
import java.util.Optional;

/**
 * SAM's check of {@code SourceVpcBlacklist} and {@code SourceVpcWhitelist} in {@code
 * Auth.ResourcePolicy}: SAM sorts their items into VPCs and VPC endpoints by prefix while it writes the
 * policy, so each must be text once SAM has put in the values of parameters; the {@code Intrinsic…}
 * lists take any intrinsic function instead. Like SAM, it checks the blacklist first and stops at the
 * first item it refuses.
 */
final class SamVpcLists {

  private static final List<String> CHECKED = List.of("SourceVpcBlacklist", "SourceVpcWhitelist");

  private SamVpcLists() {}

  /**
   * The first item SAM refuses in {@code written}, the blocks SAM merges into one in their order.
   *
   * @param setting where the blocks stand, for messages ({@code Auth.ResourcePolicy})
   */
  static Optional<SamTransformError> refusal(Api api, String setting, List<ObjectNode> written, TemplateResolver resolver) {
    for (String list : CHECKED) {
      for (ObjectNode block : written) {
        if (!(block.get(list) instanceof ArrayNode items)) {
          continue;
        }
        for (int i = 0; i < items.size(); i++) {
          Node item = items.items().get(i);
          Optional<String> refused = resolver.nonTextForSam(item);
          if (refused.isPresent()) {
            return Optional.of(new SamTransformError(
                api, setting + "." + list, message(list), "item " + (i + 1) + " of " + list + " is " + refused.get(),
                accepted(list), item.location()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String accepted(String list) {
    String vpcs = list.replace("Source", "Intrinsic");
    return "text or a Ref to a parameter, or move the item to " + vpcs + " (VPC ids) or " + vpcs.replace("Vpc", "Vpce")
        + " (VPC endpoint ids), which take any intrinsic function";
  }

  /** SAM's text ({@code samtranslator/swagger/swagger.py}, {@code add_resource_policy}). */
  private static String message(String list) {
    return "Structure of the SAM template is invalid. " + list + " must be a list of strings. Use "
        + list.replace("Source", "Intrinsic") + " instead for values that use Intrinsic Functions";
  }
}
