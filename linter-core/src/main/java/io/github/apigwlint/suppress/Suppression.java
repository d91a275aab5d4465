package io.github.apigwlint.suppress;

import io.github.apigwlint.config.Globs;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Location;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One declared suppression: findings of {@code ruleId} within {@code scope} are not reported.
 *
 * @param ruleId the rule id as written (a former id is accepted)
 * @param reason why the findings are acceptable, or null (itself a finding)
 * @param scope which findings it covers
 * @param declared where it is written, for findings about the suppression itself
 * @param where a short description of the scope for messages ("resource OrdersApi")
 */
public record Suppression(String ruleId, String reason, Scope scope, Location declared, String where) {

  /** Which findings a suppression covers. */
  public interface Scope {
    boolean covers(Finding finding);
  }

  /** Every finding of one file. */
  public record WholeFile(String file) implements Scope {
    @Override
    public boolean covers(Finding finding) {
      return finding.location().file().equals(file);
    }
  }

  /**
   * A part of a file: a CloudFormation resource, an OpenAPI path or operation. Covers the findings
   * located between its first and last position, and the findings whose subject lies in the resource.
   *
   * @param element the logical identity of the resource ({@code file#LogicalId}), or null
   */
  public record Region(String file, int startLine, int startColumn, int endLine, int endColumn, String element)
      implements Scope {
    @Override
    public boolean covers(Finding finding) {
      Location at = finding.location();
      if (!at.file().equals(file)) {
        return false;
      }
      if (element != null && isOrUnder(finding.subject().element(), element)) {
        return true;
      }
      if (at.isWholeFile()) {
        return false;
      }
      return compare(at.line(), at.column(), startLine, startColumn) >= 0
          && compare(at.line(), at.column(), endLine, endColumn) <= 0;
    }

    private static boolean isOrUnder(String candidate, String element) {
      return candidate.equals(element)
          || candidate.startsWith(element + " ")
          || candidate.startsWith(element + "/");
    }

    private static int compare(int line, int column, int otherLine, int otherColumn) {
      return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
    }
  }

  /**
   * The files whose path matches a configuration glob.
   *
   * @param relative a finding's file, by display path, as the glob sees it: relative to the
   *     configuration file's folder
   */
  public record FileGlob(String glob, Function<String, Path> relative) implements Scope {
    @Override
    public boolean covers(Finding finding) {
      return Globs.matches(glob, relative.apply(finding.location().file()));
    }
  }

  /** What findings about the suppression itself are about. */
  public Subject subject() {
    return Subject.suppression(declared.file(), where + " " + ruleId);
  }
}
