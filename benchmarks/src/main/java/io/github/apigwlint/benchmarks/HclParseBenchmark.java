package io.github.apigwlint.benchmarks;

import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.HclLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to read the largest Terraform file of the shared corpus (checkov's example.tf, 1,830 lines)
 * into its located tree. The corpus is read where it lies ({@code -Dapigwlint.corpus=DIR}, default
 * {@code ../shared/corpus} from the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HclParseBenchmark {

  private String text;

  @Setup
  public void read() throws Exception {
    Path corpus = Path.of(System.getProperty("apigwlint.corpus", "../shared/corpus")).toAbsolutePath().normalize();
    text = Files.readString(corpus.resolve("checkov/tests__terraform__runner__resources__example__example.tf"));
  }

  @Benchmark
  public ObjectNode parse() {
    return HclLoader.parse(text, "example.tf");
  }
}
