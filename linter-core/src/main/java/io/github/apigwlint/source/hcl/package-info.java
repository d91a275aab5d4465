/** Terraform HCL: the ANTLR grammar's parse tree turned into the located tree of Terraform's JSON syntax, so that {@code .tf} and {@code .tf.json} read alike. */
package io.github.apigwlint.source.hcl;
