/** Rules about custom domain names and their mappings. */
package io.github.apigwlint.rules.domain;
