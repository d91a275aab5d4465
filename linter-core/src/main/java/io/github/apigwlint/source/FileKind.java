package io.github.apigwlint.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file's name says before its text is parsed: which parser reads it, whether Terraform
 * reads it by that name, and whether the name alone makes it one of ours (so that a file that does
 * not parse is a problem, not a file to pass over).
 */
public final class FileKind {

  /** The parsers of the files we read. */
  public enum Parser {
    HCL,
    JSON,
    YAML
  }

  private static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml", ".template", ".tf", ".tfvars");

  /** The folder {@code cdk synth} writes its cloud assembly to. */
  private static final String CDK_OUTPUT_FOLDER = "cdk.out";

  private final String name;
  private final String folder;

  private FileKind(String name, String folder) {
    this.name = name;
    this.folder = folder;
  }

  public static FileKind of(Path file) {
    return new FileKind(lowerCaseName(file), file.getParent() == null ? "" : lowerCaseName(file.getParent()));
  }

  /** A file a folder's walk reads: one of the extensions our formats are written with. */
  boolean isCandidate() {
    int dot = name.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(name.substring(dot));
  }

  /**
   * The parser the name asks for ({@code .tf} and {@code .tfvars} HCL, {@code .json} JSON, {@code
   * .yaml} and {@code .yml} YAML, whatever their first character), else the one the text starts like.
   */
  public Parser parser(String text) {
    if (name.endsWith(".tf") || name.endsWith(".tfvars")) {
      return Parser.HCL;
    }
    if (name.endsWith(".json")) {
      return Parser.JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Parser.YAML;
    }
    return startsLikeJson(text) ? Parser.JSON : Parser.YAML;
  }

  /**
   * The format of a file Terraform reads by its name: configuration ({@code .tf}, {@code .tf.json})
   * or the values of variables ({@code .tfvars}, {@code .tfvars.json}); empty for other files.
   */
  Optional<Format> terraformFormat() {
    if (name.endsWith(".tf") || name.endsWith(".tf.json")) {
      return Optional.of(Format.TERRAFORM_CONFIG);
    }
    if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
      return Optional.of(Format.TERRAFORM_VARIABLES);
    }
    return Optional.empty();
  }

  /** Terraform's JSON configuration syntax, whose strings are templates (variable files hold literal values). */
  boolean isTerraformJsonConfiguration() {
    return name.endsWith(".tf.json");
  }

  /** Named as our input whatever its text: Terraform files, CDK stack templates, a cloud assembly's manifest. */
  boolean isOursByName() {
    return terraformFormat().isPresent()
        || name.endsWith(".template.json")
        || (name.equals("manifest.json") && folder.equals(CDK_OUTPUT_FOLDER));
  }

  private static boolean startsLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private static String lowerCaseName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
