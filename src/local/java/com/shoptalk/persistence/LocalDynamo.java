package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * DynamoDB Local running embedded in this JVM, for the local run and the tests.
 *
 * <p>DynamoDB Local is a {@code provided} dependency: it is on the class path for {@code ./mvnw
 * compile exec:java} and the tests, never in what SAM deploys. Telemetry is off so start-up never
 * waits on the network.
 */
public final class LocalDynamo implements AutoCloseable {
  private static final String NATIVE_LIBS = "sqlite4java.library.path";

  private final AmazonDynamoDBLocal local;

  private LocalDynamo(AmazonDynamoDBLocal local) {
    this.local = local;
  }

  /** A database that lives only as long as this object (for tests). */
  public static LocalDynamo inMemory() {
    locateNativeLibraries();
    return new LocalDynamo(DynamoDBEmbedded.create(true));
  }

  /** A database kept in {@code folder}, so that its data survives restarts (for the local run). */
  public static LocalDynamo inFolder(Path folder) {
    locateNativeLibraries();
    try {
      Files.createDirectories(folder);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create data folder " + folder + ": " + e.getMessage(), e);
    }
    File dbFile = folder.resolve("shoptalk.db").toFile();
    return new LocalDynamo(DynamoDBEmbedded.create(dbFile, true));
  }

  public AmazonDynamoDB client() {
    return local.amazonDynamoDB();
  }

  /** The ShopTalk table in this database, created if missing. */
  public DynamoTable table(String name) {
    return new DynamoTable(client(), name).createIfMissing();
  }

  @Override
  public void close() {
    local.shutdown();
  }

  /**
   * Points sqlite4java at the native libraries Maven copied to {@code target/native-libs} when the
   * JVM was not started with the property (an IDE run, for example).
   */
  private static void locateNativeLibraries() {
    if (System.getProperty(NATIVE_LIBS) == null) {
      Path guess = Path.of("target", "native-libs");
      if (Files.isDirectory(guess)) {
        System.setProperty(NATIVE_LIBS, guess.toAbsolutePath().toString());
      }
    }
  }
}
