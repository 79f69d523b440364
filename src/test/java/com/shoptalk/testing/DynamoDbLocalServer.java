package com.shoptalk.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * DynamoDB Local as an HTTP server in this JVM, in memory, on an ephemeral port of 127.0.0.1, for
 * functions that run in processes of their own. One database for every credential and region
 * ({@code -sharedDb}), so the test and the functions see the same tables; no telemetry.
 */
public final class DynamoDbLocalServer implements AutoCloseable {
  private final DynamoDBProxyServer server;
  private final int port;

  private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts the server. */
  public static DynamoDbLocalServer start() {
    locateNativeLibraries();
    try {
      // The command line wants a port; the connector is moved to 127.0.0.1 and an ephemeral port before it opens.
      DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
          new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", "8000"});
      ServerConnector connector = connector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.start();
      return new DynamoDbLocalServer(server, connector.getLocalPort());
    } catch (Exception e) {
      throw new IllegalStateException("cannot start DynamoDB Local: " + e.getMessage(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, for {@code DYNAMODB_ENDPOINT}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop DynamoDB Local: " + e.getMessage(), e);
    }
  }

  private static ServerConnector connector(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
    // DynamoDB Local has no option for the address it listens on; its Jetty server does.
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    return (ServerConnector) jetty.getConnectors()[0];
  }

  private static void locateNativeLibraries() {
    if (System.getProperty("sqlite4java.library.path") == null) {
      Path guess = Path.of("target", "native-libs");
      if (Files.isDirectory(guess)) {
        System.setProperty("sqlite4java.library.path", guess.toAbsolutePath().toString());
      }
    }
  }
}
