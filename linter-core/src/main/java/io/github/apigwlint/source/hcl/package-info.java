/** Terraform HCL: the lexer and parser that ANTLR generates from the grammar in {@code src/main/antlr4}; {@link io.github.apigwlint.source.HclLoader} reads their tree. */
package io.github.apigwlint.source.hcl;
