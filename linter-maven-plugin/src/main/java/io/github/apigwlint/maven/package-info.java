/**
 * The Maven plugin: the {@code check} goal (per module) and the {@code check-aggregate} goal (the
 * whole build as one workspace) map their parameters to the core and its outcome to a build result.
 */
package io.github.apigwlint.maven;
