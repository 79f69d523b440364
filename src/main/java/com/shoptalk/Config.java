package com.shoptalk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Deployment settings, read from environment variables (the SAM template sets them in AWS; the
 * local run has embedded defaults).
 *
 * @param tableName DynamoDB table ({@code TABLE_NAME})
 * @param skillId the Alexa skill id requests must carry, or {@code null} to accept any ({@code SKILL_ID})
 * @param publicBaseUrl where friends open question links, without trailing slash ({@code PUBLIC_BASE_URL})
 * @param mailSender the SES sender address, or {@code null} when mail is off ({@code MAIL_SENDER})
 * @param feeds catalog feed location per locale tag, overriding the demo catalog: what the local run builds its
 *     catalogs from ({@code CATALOG_FEED_EN_US}, {@code CATALOG_FEED_DE_DE}); in AWS the feeds are build-time inputs
 *     of {@code sam build} and the functions never read them
 * @param merchantKey the key that opens the merchant's report, or {@code null} to keep it closed
 *     ({@code MERCHANT_KEY})
 * @param catalogDir the folder of the catalogs built ahead ({@code CATALOG_DIR}; in Lambda by default the catalog
 *     layer's {@code /opt/prebuilt-catalog}, else {@code $LAMBDA_TASK_ROOT/prebuilt-catalog}), or {@code null}: the
 *     local run's data folder
 */
public record Config(String tableName, String skillId, String publicBaseUrl, String mailSender, Map<String, String> feeds,
    String merchantKey, Path catalogDir) {

  /** Where {@code sam build} puts the catalogs in the catalog layer (the Makefile's {@code build-CatalogLayer}). */
  public static final String PACKED_CATALOGS = "prebuilt-catalog";
  /** Where Lambda unpacks a function's layers. */
  static final Path LAYERS = Path.of("/opt");

  public Config {
    if (tableName == null || tableName.isBlank()) {
      throw new IllegalArgumentException("TABLE_NAME must be set");
    }
    skillId = blankToNull(skillId);
    mailSender = blankToNull(mailSender);
    publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank()
        ? "http://127.0.0.1:8080"
        : publicBaseUrl.replaceAll("/+$", "");
    feeds = Map.copyOf(feeds == null ? Map.of() : feeds);
    merchantKey = blankToNull(merchantKey);
  }

  /** Settings without a catalog folder of their own (the local run's data folder holds the catalogs). */
  public Config(String tableName, String skillId, String publicBaseUrl, String mailSender, Map<String, String> feeds,
      String merchantKey) {
    this(tableName, skillId, publicBaseUrl, mailSender, feeds, merchantKey, null);
  }

  /** Reads the configuration from an environment map. */
  public static Config from(Map<String, String> env) {
    return from(env, LAYERS);
  }

  /** Reads the configuration from an environment map, with Lambda's layers unpacked into {@code layers}. */
  static Config from(Map<String, String> env, Path layers) {
    var feeds = new java.util.HashMap<String, String>();
    Optional.ofNullable(blankToNull(env.get("CATALOG_FEED_EN_US"))).ifPresent(f -> feeds.put("en-US", f));
    Optional.ofNullable(blankToNull(env.get("CATALOG_FEED_DE_DE"))).ifPresent(f -> feeds.put("de-DE", f));
    return new Config(
        env.getOrDefault("TABLE_NAME", ""),
        env.get("SKILL_ID"),
        env.get("PUBLIC_BASE_URL"),
        env.get("MAIL_SENDER"),
        feeds,
        env.get("MERCHANT_KEY"),
        catalogDir(env, layers));
  }

  /** {@code CATALOG_DIR}; in Lambda the catalog layer's folder, or one in the function's own package. */
  private static Path catalogDir(Map<String, String> env, Path layers) {
    String dir = blankToNull(env.get("CATALOG_DIR"));
    if (dir != null) {
      return Path.of(dir);
    }
    String taskRoot = blankToNull(env.get("LAMBDA_TASK_ROOT"));
    if (taskRoot == null) {
      return null;
    }
    Path layer = layers.resolve(PACKED_CATALOGS);
    return Files.isDirectory(layer) ? layer : Path.of(taskRoot, PACKED_CATALOGS);
  }

  /** Everything but the merchant key, which must not end up in a log. */
  @Override
  public String toString() {
    return "Config[tableName=" + tableName + ", skillId=" + skillId + ", publicBaseUrl=" + publicBaseUrl
        + ", mailSender=" + mailSender + ", feeds=" + feeds + ", merchantKey=" + (merchantKey == null ? "none" : "set")
        + ", catalogDir=" + catalogDir + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
