package com.shoptalk.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.catalog.CatalogResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interaction models' MATERIAL slot type says the materials the skill knows ({@code catalog/materials.txt}),
 * with the same words: a material Alexa hears is one the answer can say yes or no to.
 */
class MaterialSlotTest {

  @ParameterizedTest
  @CsvSource({"en-US, 2", "de-DE, 3"})
  void the_slot_type_has_each_material_with_its_words(String locale, int column) throws Exception {
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (String line : CatalogResources.content(MaterialWords.RESOURCE)) {
      String[] fields = line.split("\\|");
      known.put(fields[0].strip(), List.of(fields[column].strip().split("\\s*,\\s*")));
    }

    JsonNode model = new ObjectMapper().readTree(Path.of("skill-package/interactionModels/custom", locale + ".json")
        .toFile());
    Map<String, List<String>> inModel = new LinkedHashMap<>();
    for (JsonNode type : model.path("interactionModel").path("languageModel").path("types")) {
      if (type.path("name").asText().equals("MATERIAL")) {
        for (JsonNode value : type.path("values")) {
          List<String> words = new ArrayList<>(List.of(value.path("name").path("value").asText()));
          value.path("name").path("synonyms").forEach(s -> words.add(s.asText()));
          inModel.put(value.path("id").asText(), words);
        }
      }
    }

    assertEquals(known, inModel);
  }
}
