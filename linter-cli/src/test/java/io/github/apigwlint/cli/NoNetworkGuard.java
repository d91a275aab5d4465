package io.github.apigwlint.cli;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketPermission;
import java.security.Permission;

/**
 * A security manager that allows everything but a socket: the first request to resolve a host name,
 * connect, listen or accept stops the JVM at once with status {@link #SOCKET_REQUESTED}, so that no
 * code can catch it and go on. Installed with {@code -Djava.security.manager=} this class's name.
 */
public final class NoNetworkGuard extends SecurityManager {

  static final int SOCKET_REQUESTED = 99;

  @Override
  public void checkPermission(Permission permission) {
    if (permission instanceof SocketPermission) {
      System.err.println("socket requested: " + permission);
      Runtime.getRuntime().halt(SOCKET_REQUESTED);
    }
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    checkPermission(permission);
  }

  /** A program that opens a socket, to show that the guard stops it. */
  public static final class OpensASocket {

    private OpensASocket() {}

    public static void main(String[] args) {
      try (Socket socket = new Socket("127.0.0.1", 9)) {
        System.out.println("connected to " + socket.getRemoteSocketAddress());
      } catch (IOException e) {
        System.out.println("no connection: " + e.getMessage());
      }
    }
  }
}
