package io.github.apigwlint.cli;

import io.github.apigwlint.report.CheckedOutput;
import io.github.apigwlint.report.ToolInfo;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import picocli.CommandLine;

/** {@code java -jar apigw-lint.jar}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = Cli.create(Environment.standard());
    // Reports are UTF-8 whatever the locale (Java 17 would otherwise write '?' under LANG=C), and go
    // to the file descriptor itself: System.out would swallow a failed write.
    commandLine.setOut(CheckedOutput.of(new FileOutputStream(FileDescriptor.out)));
    System.exit(execute(commandLine, args));
  }

  /**
   * Picocli hands exceptions to {@link Cli}'s handler; an error of the JVM (a stack overflow or the
   * heap exhausted outside the work on one file, which catches them) would pass it: one line, exit 2.
   */
  private static int execute(CommandLine commandLine, String[] args) {
    try {
      return commandLine.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      System.err.println(ToolInfo.NAME + ": internal error: " + e);
      return ExitCodes.FAILURE;
    }
  }
}
