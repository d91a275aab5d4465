/** Suppressions written in the files and in the configuration, applied once after the rules, and the rules about suppressions themselves. */
package io.github.apigwlint.suppress;
