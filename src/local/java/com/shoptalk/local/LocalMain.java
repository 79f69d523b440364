package com.shoptalk.local;

import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.persistence.DynamoClients;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * ShopTalk on a laptop, with no AWS account and no network: DynamoDB Local embedded (data kept in
 * {@code ./.shoptalk/} or {@code SHOPTALK_DATA_DIR}), the HTTP server on 127.0.0.1 ({@code
 * SHOPTALK_PORT}, default 8080) and a console to talk to the skill. Run it with {@code ./mvnw
 * compile exec:java}.
 */
public final class LocalMain {
  private LocalMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path dataDir = Path.of(env.getOrDefault("SHOPTALK_DATA_DIR", ".shoptalk")).toAbsolutePath();
    int port = Integer.parseInt(env.getOrDefault("SHOPTALK_PORT", "8080"));
    Path skillPackage = Path.of(System.getProperty("shoptalk.skillPackage", "skill-package"));

    LocalDynamo dynamo = LocalDynamo.inFolder(dataDir.resolve("dynamodb"));
    var settings = new HashMap<>(env);
    settings.putIfAbsent("TABLE_NAME", "shoptalk");
    settings.putIfAbsent("PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
    String merchantKey = env.getOrDefault("SHOPTALK_MERCHANT_KEY", "").strip();
    boolean generatedKey = merchantKey.isEmpty();
    settings.put("MERCHANT_KEY", generatedKey ? newMerchantKey() : merchantKey);
    Config config = Config.from(settings);
    // DYNAMODB_ENDPOINT: another DynamoDB (a fault proxy, say) instead of the embedded one
    DynamoTable table = env.containsKey("DYNAMODB_ENDPOINT") ? DynamoClients.table(config.tableName(), env)
        : dynamo.table(config.tableName());
    ShopTalk app = ShopTalk.local(config, table, dataDir, Clock.systemUTC());
    SkillHandler skill = new SkillHandler(app);

    LocalServer server;
    try {
      server = LocalServer.start(port, skill::handle, app.webApp());
    } catch (java.net.BindException inUse) {
      System.err.println("Port " + port + " on 127.0.0.1 is in use. Stop the other program or choose another port,"
          + " for example: SHOPTALK_PORT=8081 ./mvnw compile exec:java");
      dynamo.close();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      dynamo.close();
    }, "shoptalk-shutdown"));
    System.out.println("ShopTalk is running at " + server.baseUri() + " (POST /alexa; data in " + dataDir + ")");
    System.out.println("Merchant report: " + server.baseUri() + "/merchant, key "
        + (generatedKey ? config.merchantKey() + " (made for this run; set SHOPTALK_MERCHANT_KEY to keep one)" : "from SHOPTALK_MERCHANT_KEY"));

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI alexaEndpoint = server.baseUri().resolve("/alexa");
    var simulator = new AlexaSimulator(skillPackage, body -> post(http, alexaEndpoint, body))
        .apiEndpoint(server.baseUri().toString());
    new Console(simulator, System.out)
        .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));

    System.out.println("Console input closed; ShopTalk keeps running at " + server.baseUri() + " until stopped (Ctrl+C).");
    Thread.currentThread().join();
  }

  /** A random merchant key for this run: 144 bits, URL-safe. */
  private static String newMerchantKey() {
    byte[] bytes = new byte[18];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] post(HttpClient http, URI endpoint, byte[] body) {
    try {
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(endpoint)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
