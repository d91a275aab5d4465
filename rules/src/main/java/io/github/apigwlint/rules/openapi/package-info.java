/** Rules about the API Gateway extensions of OpenAPI definitions. */
package io.github.apigwlint.rules.openapi;
