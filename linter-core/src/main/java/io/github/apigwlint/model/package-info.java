/** The workspace model: APIs with their methods and routes, stages, domain names and mappings, VPC endpoints, roles, and every policy with what it is attached to. */
package io.github.apigwlint.model;
