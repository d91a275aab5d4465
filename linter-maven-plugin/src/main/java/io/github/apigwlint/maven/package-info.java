/** The Maven plugin: the {@code check} goal maps its parameters to the core and its outcome to a build result. */
package io.github.apigwlint.maven;
