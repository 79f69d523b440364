package com.shoptalk.catalog;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A catalog built ahead stores its products and its summary as JSON: a product beside its index entry, read when a
 * search finds it, the summary in a file of its own.
 *
 * <p>Only the records' components are written ({@code Dimensions.isEmpty()} and the like are not), and reading
 * goes through the records' constructors, so what is read is validated like what the importer made.
 */
final class ProductCodec {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final ObjectWriter PRODUCT_WRITER = JSON.writerFor(Product.class);
  private static final ObjectReader PRODUCT_READER = JSON.readerFor(Product.class);

  private ProductCodec() {
  }

  /** Returns a product as JSON bytes. */
  static byte[] encode(Product product) {
    try {
      return PRODUCT_WRITER.writeValueAsBytes(product);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write product " + product.id(), e);
    }
  }

  /** Reads a product {@link #encode} wrote. */
  static Product decode(byte[] bytes, int offset, int length) {
    try {
      return PRODUCT_READER.readValue(bytes, offset, length);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable product in the catalog index: " + e.getMessage(), e);
    }
  }

  /** Writes a catalog's summary into a file. */
  static void writeSummary(CatalogSummary summary, Path file) {
    try {
      Files.write(file, JSON.writeValueAsBytes(summary));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a summary {@link #writeSummary} wrote. */
  static CatalogSummary readSummary(Path file) {
    try {
      return JSON.readValue(file.toFile(), CatalogSummary.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalog summary " + file + ": " + e.getMessage(), e);
    }
  }
}
