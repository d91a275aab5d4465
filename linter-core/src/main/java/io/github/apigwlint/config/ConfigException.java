package io.github.apigwlint.config;

/** A configuration file that cannot be read or does not have the expected shape. */
public final class ConfigException extends Exception {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
