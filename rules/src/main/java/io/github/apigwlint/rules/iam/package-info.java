/** Rules about IAM roles and trust policies that API callers use. */
package io.github.apigwlint.rules.iam;
