package io.github.apigwlint.model.build;

import io.github.apigwlint.policy.Arn;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts a plan or state shows as its own: the {@code owner_id} of its resources and the
 * account of each resource's own {@code arn}. A provider fills both in from the account it works in.
 */
final class OwnAccounts {

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private OwnAccounts() {}

  static Set<String> of(List<TerraformResource> resources) {
    Set<String> accounts = new HashSet<>();
    for (TerraformResource resource : resources) {
      Optional.ofNullable(Values.text(resource.values(), "owner_id")).ifPresent(accounts::add);
      Optional.ofNullable(Values.text(resource.values(), "arn")).flatMap(Arn::parse).map(Arn::account).ifPresent(accounts::add);
    }
    accounts.removeIf(account -> !ACCOUNT.matcher(account).matches());
    return accounts;
  }
}
