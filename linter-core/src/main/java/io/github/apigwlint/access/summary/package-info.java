/** The access summary: for every stage and method of an API, which classes of callers and origins can invoke it, three-valued where the input leaves something open. */
package io.github.apigwlint.access.summary;
