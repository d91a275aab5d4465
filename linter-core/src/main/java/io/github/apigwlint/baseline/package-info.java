/** Baselines: the findings a repository accepts for now, read from and written to the baseline file, and the filter that reports only what they do not accept. */
package io.github.apigwlint.baseline;
