package io.github.apigwlint.fuzz;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.build.RunVariants;
import io.github.apigwlint.model.build.WorkspaceBuilder;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * One fuzzed file read the way a run reads it, through the model builder: loaded (never thrown
 * for bad input), then built into the workspace, and into the workspace of each of its first
 * variants, where the templates' undecided conditions are set.
 */
final class Workspaces {

  /** Enough variants to set each of two undecided conditions both ways. */
  private static final int VARIANTS = 4;

  private Workspaces() {}

  /** @param name the file's name, which picks its parser as a file of that name on disk would */
  static void build(String name, byte[] data) throws Exception {
    Contract.holds(() -> {
      if (new SourceLoader().load(Path.of(name), name, data) instanceof LoadOutcome.Loaded loaded) {
        WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults()).add(loaded.file());
        builder.problems();
        RunVariants variants = builder.variants();
        for (int variant = 0; variant < Math.min(variants.count(), VARIANTS); variant++) {
          builder.workspace(variant, new ArrayList<>());
        }
      }
    });
  }
}
