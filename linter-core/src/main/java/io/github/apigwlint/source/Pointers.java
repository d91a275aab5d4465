package io.github.apigwlint.source;

/** JSON pointers (RFC 6901); the document root is the empty pointer. */
public final class Pointers {

  private Pointers() {}

  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
