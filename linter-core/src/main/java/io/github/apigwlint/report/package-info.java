/** Report formats of a run's findings: text, JSON, SARIF 2.1.0, GitHub annotations, JUnit, GitLab Code Quality, Markdown; and the access and simulation reports. */
package io.github.apigwlint.report;
