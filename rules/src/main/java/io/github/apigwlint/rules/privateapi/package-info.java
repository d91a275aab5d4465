/** Rules about private REST APIs: their resource policies and VPC endpoints. */
package io.github.apigwlint.rules.privateapi;
