package io.github.apigwlint.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for reports, UTF-8 whatever the locale. A {@link PrintWriter} only flags a write
 * that failed (a closed pipe, a full disk); this one also keeps the failure, so that {@link #flush(Writer)}
 * can say why.
 */
public final class CheckedOutput extends PrintWriter {

  private final Recording recording;

  private CheckedOutput(Recording recording) {
    super(new OutputStreamWriter(recording, StandardCharsets.UTF_8));
    this.recording = recording;
  }

  public static CheckedOutput of(OutputStream out) {
    return new CheckedOutput(new Recording(out));
  }

  /** Flushes {@code out} and throws what made a write to it fail, which a PrintWriter would swallow. */
  public static void flush(Writer out) throws IOException {
    out.flush();
    if (out instanceof PrintWriter printer && printer.checkError()) {
      IOException failure = out instanceof CheckedOutput checked ? checked.recording.failure : null;
      throw failure != null ? failure : new IOException("the stream reported an error");
    }
  }

  /** Keeps the first failure of the stream. */
  private static final class Recording extends FilterOutputStream {
    private IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
