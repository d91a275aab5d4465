/** The IAM policy language: the located policy AST and its grammar checks, ARNs, linear-time wildcard matching, conditions and policy variables, and the evaluator. */
package io.github.apigwlint.policy;
