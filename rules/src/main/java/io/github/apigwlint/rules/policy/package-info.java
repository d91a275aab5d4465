/** Rules about resource policies as written: grammar, principals, ARNs, actions, placeholders, size, and statements that never matter. */
package io.github.apigwlint.rules.policy;
