package io.github.apigwlint.cli;

/** Placeholder entry point; the command comes with the CLI work. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("apigw-lint");
  }
}
