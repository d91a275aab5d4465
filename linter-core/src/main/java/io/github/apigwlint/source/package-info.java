/** Located trees: JSON, YAML and Terraform HCL loaders where every value knows its file, line, column and JSON pointer; format detection by content; JSON embedded in strings; the symbols for values a template does not fix. */
package io.github.apigwlint.source;
