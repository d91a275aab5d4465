package io.github.apigwlint.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * A process to measure: its arguments and what it adds to the environment.
 *
 * @param expectedExits the exit codes of a run that worked (a peer exits 19 when a rule failed)
 */
record Command(List<String> arguments, Map<String, String> environment, List<Integer> expectedExits) {

  Command {
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    expectedExits = List.copyOf(expectedExits);
  }

  static Command of(List<String> arguments) {
    return new Command(arguments, Map.of(), List.of(0));
  }

  Command withEnvironment(String name, String value) {
    return new Command(arguments, Map.of(name, value), expectedExits);
  }

  Command exitingWith(Integer... codes) {
    return new Command(arguments, environment, List.of(codes));
  }
}
