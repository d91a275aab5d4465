/** JMH benchmarks of the engine: policy evaluation, access summaries, HCL parsing. */
package io.github.apigwlint.benchmarks;
