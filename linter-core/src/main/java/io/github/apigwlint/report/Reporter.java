package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Turns the result of a run into one output format. Flushes, but never closes, {@code out}. */
public interface Reporter {

  void write(LintResult result, Writer out) throws IOException;
}
