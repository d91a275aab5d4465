/**
 * One lint session, the pipeline every front end runs: options are validated and the configuration
 * read ({@link io.github.apigwlint.session.LintSession#open}), then the files are analysed
 * ({@link io.github.apigwlint.engine.Linter}), the baseline and changed-since filters applied, the
 * fail decision taken and the reports written ({@link io.github.apigwlint.session.LintSession#run}).
 * Front ends map their parameters to {@link io.github.apigwlint.session.LintOptions} and the
 * {@link io.github.apigwlint.session.LintOutcome} to an exit code or a build result.
 */
package io.github.apigwlint.session;
