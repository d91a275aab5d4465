package io.github.apigwlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code java -jar apigw-lint.jar}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = Cli.create(Environment.standard());
    // Reports are UTF-8 whatever the locale: Java 17 would otherwise write '?' under LANG=C.
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    System.exit(commandLine.execute(args));
  }
}
