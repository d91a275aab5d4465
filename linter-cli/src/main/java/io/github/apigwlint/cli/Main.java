package io.github.apigwlint.cli;

import io.github.apigwlint.report.CheckedOutput;
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
    System.exit(commandLine.execute(args));
  }
}
