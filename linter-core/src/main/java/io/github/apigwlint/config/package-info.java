/** The configuration file {@code .apigw-lint.yaml}: rule switches and severities, excludes, accounts per path, region, organisation and expected callers. */
package io.github.apigwlint.config;
