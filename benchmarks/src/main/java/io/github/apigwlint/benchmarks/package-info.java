/**
 * Benchmarks: JMH benchmarks of the engine's hot paths (policy evaluation, access summaries, HCL
 * parsing), and {@link io.github.apigwlint.benchmarks.WholeRun}, the linter as whole processes
 * beside the bare parse of the same files ({@link io.github.apigwlint.benchmarks.ParseFloor}).
 */
package io.github.apigwlint.benchmarks;
