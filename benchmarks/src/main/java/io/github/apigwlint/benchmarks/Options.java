package io.github.apigwlint.benchmarks;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The benchmark's command line: {@code [CORPUS] [--copies N] [--repeat N] [--small FILE] [--peers DIR]
 * [--timeout SECONDS] [--output FILE]}. Relative paths are relative to the repository root, the
 * folder it runs in.
 *
 * @param corpus the folder the linter and the floor read
 * @param copies how many copies of the corpus the linear-growth run reads side by side
 * @param repeat runs of each process; the table shows their median
 * @param small the one small file of the start-up runs
 * @param peers the folder of the peer tools' harnesses
 * @param timeoutSeconds a run still going after this long is stopped and reported as not finished
 * @param output a file the table is also written to
 */
record Options(Path corpus, int copies, int repeat, Path small, Path peers, long timeoutSeconds, Optional<Path> output) {

  static final String USAGE = "usage: WholeRun [CORPUS] [--copies N] [--repeat N] [--small FILE] [--peers DIR]"
      + " [--timeout SECONDS] [--output FILE]";

  static Options parse(String... args) {
    Path corpus = Path.of("../shared/corpus");
    int copies = 10;
    int repeat = 3;
    Path small = Path.of("examples/templates/search-private-api.yaml");
    Path peers = Path.of("../shared/tools/peers");
    long timeout = 900;
    Path output = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        corpus = Path.of(arg);
        continue;
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (arg) {
        case "--copies" -> copies = positive(arg, value);
        case "--repeat" -> repeat = positive(arg, value);
        case "--small" -> small = Path.of(value);
        case "--peers" -> peers = Path.of(value);
        case "--timeout" -> timeout = positive(arg, value);
        case "--output" -> output = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
      }
    }
    return new Options(corpus, copies, repeat, small, peers, timeout, Optional.ofNullable(output));
  }

  private static int positive(String option, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // told below
    }
    throw new IllegalArgumentException(option + " takes a whole number above 0, not '" + value + "'");
  }
}
