package io.github.apigwlint.source;

import io.github.apigwlint.source.Limits.Limit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes YAML within the run's nesting and alias limits. snakeyaml-engine's composer recurses once
 * per level of nesting and has no depth limit of its own, so the events it reads are counted on the
 * way in, and the composer stops at the first one past a limit, before it recurses deeper.
 */
public final class BoundedYaml {

  private BoundedYaml() {}

  /**
   * @param settings snakeyaml's settings; its alias limit is left to the run's
   * @throws LimitExceeded past the run's {@link Limit#DEPTH} or {@link Limit#ALIASES}, at the place
   * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException for text that is not YAML
   */
  public static Optional<Node> compose(String text, LoadSettings settings, String file) {
    Parser events = new ParserImpl(settings, new StreamReader(settings, text));
    try {
      return new Composer(settings, new Counted(events, file, Budget.limits())).getSingleNode();
    } catch (IllegalArgumentException e) {
      // snakeyaml-engine refuses some tags (`!-%a`) with this instead of one of its own exceptions
      throw new YamlEngineException("invalid YAML: " + e.getMessage());
    }
  }

  /** The parser's events, counted: the open collections, and the aliases of collections. */
  private static final class Counted implements Parser {

    private final Parser events;
    private final String file;
    private final int depth;
    private final int aliases;
    private final Set<String> collectionAnchors = new HashSet<>();
    private int open;
    private int aliased;

    Counted(Parser events, String file, Limits limits) {
      this.events = events;
      this.file = file;
      this.depth = limits.count(Limit.DEPTH);
      this.aliases = limits.count(Limit.ALIASES);
    }

    @Override
    public Event next() {
      Event event = events.next();
      Budget.checkTime();
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          // a collection inside as many others as the limit allows is the deepest value allowed
          if (open++ > depth) {
            throw new LimitExceeded(Limit.DEPTH, depth, "YAML nesting", at(event));
          }
          anchor(event).ifPresent(collectionAnchors::add);
        }
        case MappingEnd, SequenceEnd -> open--;
        case Scalar -> anchor(event).ifPresent(collectionAnchors::remove);
        case Alias -> {
          if (collectionAnchors.contains(((AliasEvent) event).getAlias().getValue()) && ++aliased > aliases) {
            throw new LimitExceeded(Limit.ALIASES, aliases, "this alias", at(event));
          }
        }
        default -> { }
      }
      return event;
    }

    private static Optional<String> anchor(Event event) {
      return ((NodeEvent) event).getAnchor().map(Anchor::getValue);
    }

    private Location at(Event event) {
      return event.getStartMark().map(mark -> YamlLoader.at(file, mark)).orElse(Location.ofFile(file));
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return events.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return events.hasNext();
    }
  }
}
