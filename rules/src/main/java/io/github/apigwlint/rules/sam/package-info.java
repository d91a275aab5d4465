/** Rules about what SAM generates from {@code Auth.ResourcePolicy}. */
package io.github.apigwlint.rules.sam;
