package io.github.apigwlint.cli;

import io.github.apigwlint.engine.Progress;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One line on standard error that counts the files read, rewritten in place, for runs of more
 * than {@value #MIN_FILES} files on a terminal; erased when the run ends.
 */
final class ProgressLine implements Progress {

  static final int MIN_FILES = 50;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private boolean shown;
  private long last;
  private int width;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  /** A progress line when a person watches standard error, else nothing. */
  static Progress forTerminal(Environment environment, CommandSpec spec) {
    return environment.terminal() ? new ProgressLine(spec.commandLine().getErr()) : Progress.NONE;
  }

  @Override
  public synchronized void fileRead(int done, int total) {
    if (total <= MIN_FILES) {
      return;
    }
    long now = System.nanoTime();
    if (shown && done < total && now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    shown = true;
    String text = "apigw-lint: reading files " + done + "/" + total + " (" + (done * 100 / total) + "%)";
    width = Math.max(width, text.length());
    err.print("\r" + text);
    err.flush();
  }

  @Override
  public synchronized void finished() {
    if (shown) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      shown = false;
    }
  }
}
