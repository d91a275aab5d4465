/** API Gateway on top of IAM: the REST authorization workflow (resource policy, identity policy, authorization type, private endpoints, VPC endpoint policies), the callers a workspace expects, role chains for HTTP APIs, and simulation of one request. */
package io.github.apigwlint.access;
