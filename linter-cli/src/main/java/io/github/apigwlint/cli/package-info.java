/** The {@code apigw-lint} command: picocli subcommands that map their options to the core and its outcome to an exit code. */
package io.github.apigwlint.cli;
