package io.github.apigwlint.cli;

import io.github.apigwlint.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which report goes where, from the {@code --format} and {@code --output} options in any order.
 * Without {@code --format}, each output is written in the format its extension names, and with no
 * output either the text report goes to standard output. With {@code --format}, every output takes
 * the first unused format its extension fits ({@code gitlab} fits {@code .json}), and the one format
 * left goes to standard output. Every other combination is a usage error, so that no report lands
 * silently in the wrong place.
 */
final class ReportPairing {

  /** One report: its format and its file, or null for standard output. */
  record Target(ReportFormat format, Path file) {}

  /** A combination of options that has no single meaning. */
  static final class Ambiguous extends Exception {
    Ambiguous(String message) {
      super(message);
    }
  }

  private ReportPairing() {}

  /**
   * @throws CommandFailure for a format name that is none of ours
   * @throws Ambiguous when a report could land in a place the user did not mean
   */
  static List<Target> of(List<String> formatNames, List<Path> outputs) throws Ambiguous {
    List<ReportFormat> formats = new ArrayList<>();
    for (String name : formatNames) {
      formats.add(ReportFormat.byName(name).orElseThrow(() -> new CommandFailure(
          "report format \"" + name + "\" is not one of " + ReportFormat.names())));
    }
    for (Path output : outputs) {
      if (ReportFormat.byFileName(output).isEmpty()) {
        throw new Ambiguous("--output " + output + ": its extension names no report format; name the file "
            + ReportFormat.extensions() + " (with --format gitlab or github for a .json or .txt file)");
      }
    }
    if (formats.isEmpty()) {
      return outputs.isEmpty()
          ? List.of(new Target(ReportFormat.TEXT, null))
          : outputs.stream().map(output -> new Target(ReportFormat.byFileName(output).orElseThrow(), output)).toList();
    }
    return paired(formats, outputs);
  }

  private static List<Target> paired(List<ReportFormat> formats, List<Path> outputs) throws Ambiguous {
    List<ReportFormat> left = new ArrayList<>(formats);
    List<Target> targets = new ArrayList<>();
    for (Path output : outputs) {
      Optional<ReportFormat> fitting = left.stream().filter(format -> format.fits(output)).findFirst();
      if (fitting.isEmpty()) {
        throw new Ambiguous("--output " + output + " has no --format that fits it: its extension says "
            + ReportFormat.byFileName(output).orElseThrow() + "; add --format "
            + ReportFormat.byFileName(output).orElseThrow() + " (every --output needs a --format once any is given)"
            + unfitting(formats, output));
      }
      left.remove(fitting.get());
      targets.add(new Target(fitting.get(), output));
    }
    if (left.size() > 1) {
      throw new Ambiguous("only one --format can go to standard output, but " + left.size()
          + " have no --output that fits them (" + names(left) + "); give the others an --output");
    }
    left.forEach(format -> targets.add(new Target(format, null)));
    return targets;
  }

  private static String unfitting(List<ReportFormat> formats, Path output) {
    List<ReportFormat> others = formats.stream().filter(format -> !format.fits(output)).distinct().toList();
    return others.isEmpty() ? "" : "; --format " + names(others) + " cannot be written to a file named " + output.getFileName();
  }

  private static String names(List<ReportFormat> formats) {
    return String.join(", ", formats.stream().map(ReportFormat::toString).toList());
  }
}
