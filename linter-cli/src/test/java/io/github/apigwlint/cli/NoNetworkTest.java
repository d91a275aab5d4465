package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a whole run over the corpus opens no socket. The command runs in a child JVM under
 * {@link NoNetworkGuard}, a security manager that stops the JVM with status 99 at the first request
 * for a socket (host name lookups included), which no code in the run can catch. Java 17 to 23 accept
 * a security manager named on the command line (with a warning), on any machine; a network namespace
 * ({@code unshare -rn}) was not chosen, since CI runners may forbid unprivileged user namespaces and a
 * refused connection is an exception a program could swallow. The corpus is {@code ../../shared/corpus}
 * from the module, or {@code -Dapigwlint.corpus=PATH}; the test is skipped when it is absent.
 */
class NoNetworkTest {

  @TempDir Path dir;

  @Test
  void aRunOverTheCorpusOpensNoSocket() throws Exception {
    Path corpus = Path.of(System.getProperty("apigwlint.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(corpus), "corpus folder " + corpus + " is absent");

    assertThat(guarded(Main.class, "check", corpus.toString(), "--fail-on", "never")).isZero();
    assertThat(dir.resolve("err")).content().doesNotContain("socket requested");
  }

  @Test
  void theGuardStopsAProgramThatOpensASocket() throws Exception {
    assertThat(guarded(NoNetworkGuard.OpensASocket.class)).isEqualTo(NoNetworkGuard.SOCKET_REQUESTED);
    assertThat(dir.resolve("err")).content().contains("socket requested: (\"java.net.SocketPermission\" \"127.0.0.1:9\"");
  }

  /** The exit status of {@code main} run in a JVM of its own under the guard; standard error goes to {@code dir/err}. */
  private int guarded(Class<?> main, String... args) throws IOException, InterruptedException {
    assumeTrue(Runtime.version().feature() < 24, "Java 24 and later have no security manager");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(
        java.toString(), "-Djava.security.manager=" + NoNetworkGuard.class.getName(),
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err").toFile())
        .start();
    process.getOutputStream().close();
    return process.waitFor();
  }
}
