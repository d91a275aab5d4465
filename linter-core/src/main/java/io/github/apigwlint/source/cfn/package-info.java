/** CloudFormation intrinsic functions and conditions: values resolved where the template fixes them, symbols where it does not. */
package io.github.apigwlint.source.cfn;
