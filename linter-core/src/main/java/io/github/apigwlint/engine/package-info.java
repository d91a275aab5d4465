/** The run: collecting files, reading them into the workspace, walking it once per variant with every active rule, and the engine's own rules (parse errors). */
package io.github.apigwlint.engine;
