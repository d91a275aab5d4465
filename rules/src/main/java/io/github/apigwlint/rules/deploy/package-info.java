/** Rules about deployments: changes that do not reach a stage. */
package io.github.apigwlint.rules.deploy;
