package io.github.apigwlint.benchmarks;

import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to build the access summary of the largest API of the shared corpus (most methods times
 * stages), and of the largest one that has a resource policy. The corpus is read where it lies
 * ({@code -Dapigwlint.corpus=DIR}, default {@code ../shared/corpus} from the repository root); nothing
 * of it is copied.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AccessSummaryBenchmark {

  @Param({"largest", "largest-with-policy"})
  public String which;

  private Api api;
  private PolicyDocument policy;

  @Setup
  public void load() {
    Path corpus = Path.of(System.getProperty("apigwlint.corpus", "../shared/corpus")).toAbsolutePath().normalize();
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("no corpus at " + corpus + " (set -Dapigwlint.corpus)");
    }
    Workspace workspace = Linter.workspace(new LintRequest(List.of(corpus), Config.defaults(), corpus));
    Comparator<Api> size = Comparator.comparingInt((Api a) -> a.methods().size() * Math.max(1, a.stages().size()))
        .thenComparing(a -> a.name());
    api = workspace.apis().stream()
        .filter(a -> which.equals("largest") || workspace.resourcePolicy(a).isPresent())
        .max(size)
        .orElseThrow();
    policy = workspace.resourcePolicy(api).orElse(null);
    System.out.println("\n" + which + ": " + api.element() + " with " + api.methods().size() + " methods, "
        + api.stages().size() + " stages" + (policy == null ? ", no resource policy" : ", resource policy of "
        + policy.policy().statements().size() + " statements"));
  }

  @Benchmark
  public ApiAccess summarise() {
    return AccessSummary.of(api, policy);
  }
}
