package com.shoptalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a function finds the catalogs built ahead. */
class ConfigTest {
  @TempDir
  Path layers;

  @Test
  void in_lambda_the_catalogs_come_from_the_catalog_layer() throws IOException {
    Files.createDirectories(layers.resolve("prebuilt-catalog"));

    Config config = Config.from(Map.of("TABLE_NAME", "t", "LAMBDA_TASK_ROOT", "/var/task"), layers);

    assertEquals(layers.resolve("prebuilt-catalog"), config.catalogDir());
  }

  @Test
  void in_lambda_without_the_layer_the_catalogs_come_from_the_package() {
    Config config = Config.from(Map.of("TABLE_NAME", "t", "LAMBDA_TASK_ROOT", "/var/task"), layers);

    assertEquals(Path.of("/var/task/prebuilt-catalog"), config.catalogDir());
  }

  @Test
  void catalog_dir_names_the_catalogs_wherever_the_function_runs() throws IOException {
    Files.createDirectories(layers.resolve("prebuilt-catalog"));

    Config config = Config.from(Map.of("TABLE_NAME", "t", "LAMBDA_TASK_ROOT", "/var/task", "CATALOG_DIR", "/data/c"),
        layers);

    assertEquals(Path.of("/data/c"), config.catalogDir());
  }

  @Test
  void outside_lambda_the_local_run_keeps_its_data_folder() throws IOException {
    Files.createDirectories(layers.resolve("prebuilt-catalog"));

    assertNull(Config.from(Map.of("TABLE_NAME", "t"), layers).catalogDir());
  }
}
