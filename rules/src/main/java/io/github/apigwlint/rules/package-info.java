/** The built-in rule pack: one class per rule. */
package io.github.apigwlint.rules;
