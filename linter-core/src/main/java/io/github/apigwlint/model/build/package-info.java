/** Readers that turn located trees into the workspace model: CloudFormation, SAM, CDK output, OpenAPI, Terraform plans and configuration; the variants of undecided conditions. */
package io.github.apigwlint.model.build;
