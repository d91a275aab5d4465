/** Rules about who can invoke an API: cross-account callers, principals and IAM-only keys on methods without IAM authorization, HTTP and WebSocket APIs. */
package io.github.apigwlint.rules.access;
