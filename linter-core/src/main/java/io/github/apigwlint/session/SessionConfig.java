package io.github.apigwlint.session;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.Config.RuleSetting;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.engine.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of a session: the file, with the rule switches and excludes of the options over
 * it, every rule id checked against all rules a user may name.
 *
 * @param file the configuration file read, if any
 * @param discovered the file was found at or above the paths, away from the working directory
 */
record SessionConfig(Config config, Optional<Path> file, boolean discovered) {

  static SessionConfig load(LintOptions options, RuleRegistry known) throws LintSessionException {
    Optional<Path> file = file(options);
    Config loaded = Config.defaults();
    if (file.isPresent()) {
      String label = DisplayPath.of(file.get(), options.workingDirectory());
      try {
        loaded = ConfigLoader.load(file.get(), label);
      } catch (ConfigException e) {
        throw new LintSessionException(e.getMessage(), e);
      }
      for (String id : loaded.rules().keySet()) {
        checkKnown(known, id, label + ": rules." + id);
      }
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>(loaded.rules());
    for (LintOptions.RuleSwitch ruleSwitch : options.ruleSwitches()) {
      checkKnown(known, ruleSwitch.id(), ruleSwitch.where());
      rules.put(ruleSwitch.id(), setting(ruleSwitch));
    }
    boolean discovered = file.isPresent() && options.configFile() == null && options.configFolders().isEmpty()
        && !file.get().getParent().equals(options.workingDirectory());
    return new SessionConfig(loaded.withRules(rules), file, discovered);
  }

  /** The file the options name, the first in their folders, or the nearest to their paths. */
  private static Optional<Path> file(LintOptions options) throws LintSessionException {
    if (options.configFile() == null && options.configFolders().isEmpty()) {
      List<Path> paths = new ArrayList<>(options.paths());
      if (options.standardInput() != null) {
        paths.add(Path.of(options.standardInput().name())); // the folder it is named in
      }
      return ConfigDiscovery.nearest(options.workingDirectory(), paths);
    }
    if (options.configFile() == null) {
      for (Path folder : options.configFolders()) {
        Optional<Path> found = ConfigLoader.find(folder);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    Path file = options.workingDirectory().resolve(options.configFile()).normalize();
    if (!Files.isRegularFile(file)) {
      throw new LintSessionException(
          "no such configuration file: " + DisplayPath.of(file, options.workingDirectory()));
    }
    return Optional.of(file);
  }

  private static void checkKnown(RuleRegistry known, String id, String where) throws LintSessionException {
    if (known.find(id).isEmpty()) {
      throw new LintSessionException(where + ": unknown rule" + known.unknownIdHint(id));
    }
  }

  private static RuleSetting setting(LintOptions.RuleSwitch ruleSwitch) throws LintSessionException {
    String text = ruleSwitch.setting() == null ? "" : ruleSwitch.setting().trim().toLowerCase(Locale.ROOT);
    return RuleSetting.ofSwitch(text)
        .orElseThrow(() -> new LintSessionException(ruleSwitch.where() + ": \"" + ruleSwitch.setting()
            + "\" is not one of " + RuleSetting.SWITCHES));
  }
}
