package io.github.apigwlint.source;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML 1.2 text into a located tree, turning CloudFormation short-form tags ({@code !Ref},
 * {@code !Sub} …) into their long form as cfn-lint does, within the run's {@link Limits}
 * ({@link BoundedYaml}, {@link TreeLimits}). Stateless and thread-safe.
 */
public final class YamlLoader {

  public static final int CODE_POINT_LIMIT = 10 * 1024 * 1024;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setUseMarks(true)
          .setSchema(new CoreSchema())
          // the run's alias limit is counted by BoundedYaml
          .setMaxAliasesForCollections(Integer.MAX_VALUE)
          .setCodePointLimit(CODE_POINT_LIMIT)
          // ObjectNode records duplicates so that they are reported with both places.
          .setAllowDuplicateKeys(true)
          .setAllowRecursiveKeys(false)
          .build();

  private YamlLoader() {}

  public static Node parse(String text, String file) throws SourceParseException {
    Optional<org.snakeyaml.engine.v2.nodes.Node> root = compose(text, file);
    if (root.isEmpty()) {
      return new ScalarNode(ScalarNode.Kind.NULL, "null", new Location(file, 1, 1), "");
    }
    return new YamlTreeBuilder(file, new LineIndex(text)).build(root.get());
  }

  private static Optional<org.snakeyaml.engine.v2.nodes.Node> compose(String text, String file) {
    try {
      return BoundedYaml.compose(text, SETTINGS, file);
    } catch (MarkedYamlEngineException e) {
      throw new SourceParseException(describe(e), locate(file, e));
    } catch (YamlEngineException e) {
      throw new SourceParseException(e.getMessage(), Location.ofFile(file));
    }
  }

  private static String describe(MarkedYamlEngineException e) {
    String context = e.getContext();
    return context == null || context.isBlank() ? e.getProblem() : context + ": " + e.getProblem();
  }

  private static Location locate(String file, MarkedYamlEngineException e) {
    return e.getProblemMark()
        .or(e::getContextMark)
        .map(mark -> at(file, mark))
        .orElse(Location.ofFile(file));
  }

  static Location at(String file, Mark mark) {
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
