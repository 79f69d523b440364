package com.shoptalk.catalog.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The materials the demo data's English texts name, found with the reviewed word list {@code materials.tsv}.
 *
 * <p>A mention counts only where the text says what the product is made of: not among alternatives ("such as
 * cotton, linen, or polyester", "ceramic or porcelain"), nor as a scent ("the fragrance of pine and wood").
 */
final class DemoMaterials {

  /** A material: the phrases that name it and its name per locale. */
  record Material(Pattern pattern, String english, String german, String kindOf) {

    String name(String tag) {
      return tag.equals("de-DE") ? german : english;
    }
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
  private static final Pattern HEDGE = Pattern.compile("\\b(such as|include|for example)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OR_AFTER = Pattern.compile("^\\s*,?\\s*or\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OR_BEFORE = Pattern.compile("\\bor\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCENT = Pattern.compile("\\b(fragrance|scent|aroma)s? of [\\w ,]*$",
      Pattern.CASE_INSENSITIVE);

  private final List<Material> materials;

  private DemoMaterials(List<Material> materials) {
    this.materials = materials;
  }

  /**
   * Reads the word list.
   *
   * @param file {@code materials.tsv}: pattern, en-US, de-DE, kind of
   * @return the materials
   * @throws IOException when it cannot be read
   */
  static DemoMaterials load(Path file) throws IOException {
    List<Material> materials = ReviewedTable.read(file).stream()
        .map(r -> new Material(Pattern.compile(r.get("pattern"), Pattern.CASE_INSENSITIVE), r.get("en-US"),
            r.get("de-DE"), r.get("kind of")))
        .toList();
    return new DemoMaterials(materials);
  }

  /**
   * Returns the materials a text names, in the order it first names them.
   *
   * @param english the product's English name, description and productspec
   * @return the materials
   */
  List<Material> named(String english) {
    record Mention(int order, int start, int end, Material material) {
    }
    List<Mention> found = new ArrayList<>();
    int offset = 0;
    for (String sentence : SENTENCE_END.split(english)) {
      offset += sentence.length() + 1;
      if (HEDGE.matcher(sentence).find()) {
        continue;
      }
      List<Mention> mentions = new ArrayList<>();
      for (Material material : materials) {
        Matcher m = material.pattern().matcher(sentence);
        while (m.find()) {
          if (!SCENT.matcher(sentence.substring(0, m.start())).find()) {
            mentions.add(new Mention(offset + m.start(), m.start(), m.end(), material));
          }
        }
      }
      for (Mention mention : mentions) {
        boolean alternative = OR_AFTER.matcher(sentence.substring(mention.end())).find()
            || OR_BEFORE.matcher(sentence.substring(0, mention.start())).find();
        if (!alternative) {
          found.add(mention);
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::order));
    Set<Material> named = new LinkedHashSet<>();
    found.forEach(m -> named.add(m.material()));
    // "stainless steel" says more than "steel", "walnut" more than "wood".
    List<Material> all = List.copyOf(named);
    named.removeIf(m -> all.stream().anyMatch(o -> o.kindOf().equals(m.english())));
    return List.copyOf(named);
  }
}
