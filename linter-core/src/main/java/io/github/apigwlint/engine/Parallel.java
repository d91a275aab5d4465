package io.github.apigwlint.engine;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/** Work on a run's own threads, results in the order of the items whatever thread made them. */
final class Parallel {

  private Parallel() {}

  static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
    if (threads == 1 || items.size() < 2) {
      return items.stream().map(work).toList();
    }
    if (ForkJoinTask.inForkJoinPool()) {
      // inside the work of a run (a variant's rules): on the run's threads already
      return items.parallelStream().map(work).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> items.parallelStream().map(work).toList()).join();
    } finally {
      pool.shutdown();
    }
  }
}
