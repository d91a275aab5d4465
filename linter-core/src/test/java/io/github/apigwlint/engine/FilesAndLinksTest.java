package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.apigwlint.session.LintOptions;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.LintSessionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, files and links: the walk reads regular files inside the checked folders, each once, and
 * passes over with a note whatever a symbolic link leads to outside them, link loops and files that
 * are no regular files. A file read shows as the parse-error of its broken content.
 */
class FilesAndLinksTest {

  private static final RuleRegistry NO_PACK = RuleRegistry.of(List.of());
  private static final String BROKEN = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": ";

  @TempDir Path dir;

  private LintResult check(String... paths) throws LintSessionException {
    return check(LintOptions.in(dir).paths(List.of(paths).stream().map(Path::of).toList()));
  }

  private static LintResult check(LintOptions.Builder options) throws LintSessionException {
    return LintSession.open(options.build(), NO_PACK).run().result();
  }

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private Path link(String path, Path target) throws IOException {
    Path link = dir.resolve(path);
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, target);
  }

  private static List<String> parseErrors(LintResult result) {
    return result.findings().stream().map(f -> f.location().file() + ": " + f.message()).toList();
  }

  @Test
  void aLinkOutsideTheCheckedFoldersIsNotFollowed() throws Exception {
    write("outside/secret.json", BROKEN);
    link("project/secret.json", dir.resolve("outside/secret.json"));
    link("project/disk", Path.of("/"));
    link("project/kmsg.json", Path.of("/proc/kmsg"));

    LintResult result = check("project");

    assertThat(result.findings()).isEmpty();
    assertThat(result.notes()).containsExactly(
        "project/disk: skipped, symbolic link to a place outside the checked folders",
        "project/kmsg.json: skipped, symbolic link to a place outside the checked folders",
        "project/secret.json: skipped, symbolic link to a place outside the checked folders");
  }

  @Test
  void aLinkInsideTheCheckedFoldersStandsForItsTargetReadOnce() throws Exception {
    write("project/a/broken.json", BROKEN);
    link("project/b/alias.json", Path.of("../a/broken.json"));
    link("project/c", Path.of("a"));

    assertThat(parseErrors(check("project"))).singleElement().asString().startsWith("project/a/broken.json: ");
  }

  @Test
  void linkLoopsAndDanglingLinksAreNotesNeverHangs() throws Exception {
    write("project/broken.json", BROKEN);
    link("project/gone.json", Path.of("removed.json"));
    link("project/self.json", Path.of("self.json"));
    link("project/ping", Path.of("pong"));
    link("project/pong", Path.of("ping"));

    LintResult result = check("project");

    assertThat(parseErrors(result)).singleElement().asString().startsWith("project/broken.json: ");
    assertThat(result.notes()).containsExactly(
        "project/gone.json: skipped, symbolic link to nothing",
        "project/ping: skipped, symbolic link loop",
        "project/pong: skipped, symbolic link loop",
        "project/self.json: skipped, symbolic link loop");
  }

  @Test
  void seventeenFoldersLinkedToTheirParentsAndSiblingsAreWalkedOnce() throws Exception {
    Path folder = dir.resolve("project");
    for (int i = 0; i < 17; i++) {
      folder = Files.createDirectories(folder.resolve("d" + i));
      Files.createSymbolicLink(folder.resolve("up"), Path.of(".."));
      Files.createSymbolicLink(folder.resolve("sibling"), Path.of("../../d" + i));
    }
    Files.writeString(folder.resolve("broken.json"), BROKEN);

    assertThat(parseErrors(check("project"))).hasSize(1);
  }

  @Test
  void aNamedLinkIsFollowedButItsWalkStaysInside() throws Exception {
    write("elsewhere/api/broken.json", BROKEN);
    write("elsewhere/secret.json", BROKEN);
    link("elsewhere/api/secret.json", Path.of("../secret.json"));
    link("api", dir.resolve("elsewhere/api"));

    LintResult result = check("api");

    assertThat(parseErrors(result)).singleElement().asString().startsWith("elsewhere/api/broken.json: ");
    assertThat(result.notes()).containsExactly("elsewhere/api/secret.json: skipped, symbolic link to a place outside the checked folders");
  }

  @Test
  void aFifoOrADeviceIsNeverOpened() throws Exception {
    Path fifo = mkfifo("project/pipe.json");
    link("project/alias.yaml", Path.of("pipe.json"));
    link("project/zero.json", Path.of("/dev/zero"));

    LintResult walked = check("project");

    assertThat(walked.findings()).isEmpty();
    assertThat(walked.notes()).containsExactly(
        "project/alias.yaml: skipped, not a regular file",
        "project/pipe.json: skipped, not a regular file",
        "project/zero.json: skipped, symbolic link to a place outside the checked folders");
    assertThat(parseErrors(check(dir.relativize(fifo).toString(), "/dev/null", "project/zero.json"))).containsExactly(
        "/dev/null: not a regular file", "project/pipe.json: not a regular file", "project/zero.json: not a regular file");
  }

  @Test
  void unreadableFilesAndFoldersAreFindings() throws Exception {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
    Path file = write("project/locked.json", BROKEN);
    Path folder = Files.createDirectories(dir.resolve("project/locked"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      assertThat(parseErrors(check("project"))).containsExactly(
          "project/locked: cannot read folder: permission denied", "project/locked.json: cannot read file: permission denied");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsAFinding() throws Exception {
    Path file = write("project/gone.json", BROKEN);
    Progress removeTheFile = new Progress() {
      @Override
      public void filesFound(int total) {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };

    LintResult result = check(LintOptions.in(dir).paths(List.of(Path.of("project"))).progress(removeTheFile));

    assertThat(parseErrors(result)).containsExactly("project/gone.json: cannot read file: it no longer exists");
  }

  @Test
  void aCdkManifestReadsNoTemplateOutsideItsAssembly() throws Exception {
    write("outside/secret.json", BROKEN);
    write("project/cdk.out/manifest.json", """
        {"artifacts": {
          "Evil": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "../../outside/secret.json"}}}}
        """);

    assertThat(parseErrors(check("project"))).containsExactly(
        "project/cdk.out/manifest.json: artifact 'Evil' names templateFile '../../outside/secret.json', outside the cloud"
            + " assembly project/cdk.out: not read");
  }

  @Test
  void cdkManifestsThatListThemselvesOrEachOtherAreReadOnce() throws Exception {
    write("project/cdk.out/manifest.json", """
        {"artifacts": {
          "Self": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "."}},
          "Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "stage"}},
          "Api": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "api.json"}}}}
        """);
    write("project/cdk.out/stage/manifest.json", """
        {"artifacts": {"Back": {"type": "cdk:cloud-assembly", "properties": {"directoryName": ".."}}}}
        """);
    write("project/cdk.out/api.json", BROKEN);

    assertThat(parseErrors(check("project"))).singleElement().asString().startsWith("project/cdk.out/api.json: ");
  }

  @Test
  void anIncludedFileIsNotReadThroughALinkOutsideTheCheckedFolders() throws Exception {
    write("outside/spec.yaml", "openapi: 3.0.1\npaths: [\n");
    link("project/specs", dir.resolve("outside"));
    write("project/template.yaml", """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Body:
                Fn::Transform: {Name: AWS::Include, Parameters: {Location: specs/spec.yaml}}
        """);

    LintResult result = check("project");

    assertThat(result.findings()).isEmpty();
    assertThat(result.included()).isEmpty();
  }

  private Path mkfifo(String path) throws IOException, InterruptedException {
    Path fifo = dir.resolve(path);
    Files.createDirectories(fifo.getParent());
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
      throw e;
    }
    assumeTrue(process.waitFor() == 0, "mkfifo failed");
    return fifo;
  }
}
