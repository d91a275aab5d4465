package io.github.apigwlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Path globs of the configuration, as users write them in {@code .gitignore}-like files: a leading
 * {@code **}{@code /} also matches no folder at all, which Java's glob syntax does not do.
 *
 * <p>Otherwise the syntax is Java's ({@link java.nio.file.FileSystem#getPathMatcher}): {@code *},
 * {@code **}, {@code ?}, {@code [...]}, {@code {a,b}} and {@code \} escapes, which the configuration
 * checks with Java's own parser. Java matches them through regular expressions, which backtrack:
 * {@code **}{@code /*a*a*a*a*a*a*b} against a long name of {@code a}s would not end. Here the glob is a
 * small automaton run over the path once, all its states at a time, so a match takes the path's length
 * times the glob's.
 */
public final class Globs {

  private static final String ANY_FOLDERS = "**/";
  /** The globs of the run, each compiled once: a configuration names few. */
  private static final Map<String, Automaton> COMPILED = new ConcurrentHashMap<>();

  private Globs() {}

  public static boolean matches(String glob, Path path) {
    String text = path.toString();
    String rest = glob;
    while (true) {
      if (COMPILED.computeIfAbsent(rest, Automaton::of).matches(text)) {
        return true;
      }
      if (!rest.startsWith(ANY_FOLDERS)) {
        return false;
      }
      rest = rest.substring(ANY_FOLDERS.length());
    }
  }

  /**
   * A glob as a program of steps: one character of a kind, a fork to two steps, a jump, the end
   * (a Thompson automaton); {@link #matches} follows every step the text so far can be at.
   */
  private static final class Automaton {

    private static final IntPredicate NOT_SLASH = c -> c != '/';
    /** What {@code **} matches: Java's {@code .*}, which stops at line terminators. */
    private static final IntPredicate NOT_LINE_END = c -> c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029';

    /** One step: {@code test} for a character, else a fork to {@code next} and {@code other}, or a jump when other is -1. */
    private record Step(IntPredicate test, int next, int other) {}

    private final List<Step> steps = new ArrayList<>();

    static Automaton of(String glob) {
      // Java's parser says what is wrong with a glob, as the configuration reports it
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
      Automaton automaton = new Automaton();
      automaton.compile(glob.codePoints().toArray());
      return automaton;
    }

    /** Compiles a glob that Java's parser accepts; by code points, as Java's regular expressions read. */
    private void compile(int[] glob) {
      List<Integer> groupEnds = new ArrayList<>();
      int groupFork = -1;
      int i = 0;
      while (i < glob.length) {
        int c = glob[i++];
        switch (c) {
          case '\\' -> {
            int escaped = glob[i++];
            character(x -> x == escaped);
          }
          case '[' -> i = bracket(glob, i);
          case '{' -> {
            groupEnds.clear();
            groupFork = placeholder();
          }
          case ',' -> {
            if (groupFork < 0) {
              character(x -> x == ',');
            } else {
              groupEnds.add(placeholder());
              int fork = placeholder();
              steps.set(groupFork, new Step(null, groupFork + 1, fork));
              groupFork = fork;
            }
          }
          case '}' -> {
            if (groupFork < 0) {
              character(x -> x == '}');
            } else {
              steps.set(groupFork, new Step(null, groupFork + 1, -1));
              groupEnds.forEach(end -> steps.set(end, new Step(null, steps.size(), -1)));
              groupFork = -1;
            }
          }
          case '*' -> {
            boolean anyFolders = i < glob.length && glob[i] == '*';
            i += anyFolders ? 1 : 0;
            repeat(anyFolders ? NOT_LINE_END : NOT_SLASH);
          }
          case '?' -> character(NOT_SLASH);
          default -> character(x -> x == c);
        }
      }
      steps.add(new Step(null, -1, -1));
    }

    private void character(IntPredicate test) {
      steps.add(new Step(test, steps.size() + 1, -1));
    }

    /** Zero or more characters that pass {@code test}. */
    private void repeat(IntPredicate test) {
      int fork = steps.size();
      steps.add(new Step(null, fork + 1, fork + 3));
      steps.add(new Step(test, fork + 2, -1));
      steps.add(new Step(null, fork, -1));
    }

    /** A fork or jump of a {@code {a,b}} group, set once the group's alternatives are known. */
    private int placeholder() {
      steps.add(null);
      return steps.size() - 1;
    }

    /**
     * {@code [...]} from after its {@code [}: one character, never {@code /}; {@code !} first negates,
     * {@code -} first or last is itself. Returns where the glob goes on.
     */
    private int bracket(int[] glob, int start) {
      int i = start;
      boolean negated = glob[i] == '!';
      i += negated ? 1 : 0;
      List<int[]> ranges = new ArrayList<>();
      boolean first = true;
      while (glob[i] != ']') {
        int c = glob[i++];
        if (c == '-' && !first && glob[i] != ']') {
          ranges.get(ranges.size() - 1)[1] = glob[i++];
        } else {
          ranges.add(new int[] {c, c});
        }
        first = false;
      }
      character(x -> x != '/' && negated != ranges.stream().anyMatch(r -> r[0] <= x && x <= r[1]));
      return i + 1;
    }

    boolean matches(String text) {
      BitSet current = new BitSet(steps.size());
      follow(0, current);
      int[] characters = text.codePoints().toArray();
      for (int at = 0; at < characters.length && !current.isEmpty(); at++) {
        int c = characters[at];
        BitSet next = new BitSet(steps.size());
        for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
          Step step = steps.get(s);
          if (step.test() != null && step.test().test(c)) {
            follow(step.next(), next);
          }
        }
        current = next;
      }
      return current.get(steps.size() - 1);
    }

    /** Adds {@code start} and every step its forks and jumps lead to without a character. */
    private void follow(int start, BitSet reached) {
      List<Integer> left = new ArrayList<>(List.of(start));
      while (!left.isEmpty()) {
        int s = left.remove(left.size() - 1);
        if (reached.get(s)) {
          continue;
        }
        reached.set(s);
        Step step = steps.get(s);
        if (step.test() == null && step.next() >= 0) {
          left.add(step.next());
          if (step.other() >= 0) {
            left.add(step.other());
          }
        }
      }
    }
  }
}
