package io.github.apigwlint.source;

/**
 * Where a value stands in a file. Lines and columns are 1-based; line 0 means "the file as a whole".
 *
 * @param file the path as shown to the user (relative to the working directory where possible)
 */
public record Location(String file, int line, int column) {

  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  public boolean isWholeFile() {
    return line == 0;
  }

  /** {@code file:line}, or the file alone when the location is the whole file. */
  public String fileAndLine() {
    return isWholeFile() ? file : file + ":" + line;
  }

  @Override
  public String toString() {
    return isWholeFile() ? file : file + ":" + line + ":" + column;
  }
}
