package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typos finds what Lucene's automata find: on the demo catalogs' title words and misspellings of them. */
class TyposTest {

  private static DirectoryReader reader;
  private static final List<String> WORDS = new ArrayList<>();

  @BeforeAll
  static void index() throws IOException {
    Set<String> words = new LinkedHashSet<>();
    List<String> titles = new ArrayList<>();
    for (String tag : List.of("en-US", "de-DE")) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          TyposTest.class.getResourceAsStream("/catalog/demo-" + tag + ".tsv"), StandardCharsets.UTF_8))) {
        List<String> header = List.of(in.readLine().split("\t"));
        int title = header.indexOf("title");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String text = line.split("\t", -1)[title].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
          titles.add(text);
          words.addAll(List.of(text.split(" ")));
        }
      }
    }
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (String title : titles) {
        Document doc = new Document();
        doc.add(new TextField("title", title, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    Random random = new Random(7);
    for (String word : words) {
      if (word.length() >= 4) {
        WORDS.add(word);
        WORDS.add(misspelled(word, random, 1));
        WORDS.add(misspelled(word, random, 2));
        WORDS.add(misspelled(word, random, 3));
      }
    }
    WORDS.addAll(List.of("sofer", "lunch", "wineglases", "tepich", "couchtich", "eiswürfelbereiter", "ab", "abcd"));
  }

  @Test
  void a_typo_query_finds_the_products_and_scores_of_lucenes_fuzzy_query() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (String word : WORDS) {
      for (int edits = 1; edits <= 2; edits++) {
        Term term = new Term("title", word);
        assertSameHits(searcher, new FuzzyQuery(term, edits, 1), new Typos.Query(term, edits, 1), word);
      }
    }
  }

  @Test
  void the_typo_spell_checker_suggests_what_lucenes_suggests() throws IOException {
    DirectSpellChecker lucene = new DirectSpellChecker();
    DirectSpellChecker typos = new Typos.SpellChecker();
    DirectSpellChecker luceneStrict = new DirectSpellChecker();
    DirectSpellChecker typosStrict = new Typos.SpellChecker();
    for (DirectSpellChecker strict : List.of(luceneStrict, typosStrict)) {
      strict.setMinPrefix(0);
      strict.setAccuracy(0.78f);
      strict.setDistance(new LevenshteinDistance());
    }
    lucene.setAccuracy(0.6f);
    typos.setAccuracy(0.6f);
    int suggested = 0;
    for (String word : WORDS) {
      Term term = new Term("title", word);
      SuggestWord[] expected = lucene.suggestSimilar(term, 8, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      assertSameSuggestions(expected, typos.suggestSimilar(term, 8, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX),
          word);
      assertSameSuggestions(luceneStrict.suggestSimilar(term, 8, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX),
          typosStrict.suggestSimilar(term, 8, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX), word);
      suggested += expected.length > 0 ? 1 : 0;
    }
    assertTrue(suggested > WORDS.size() / 4, "too few words get suggestions to compare: " + suggested);
  }

  private static void assertSameHits(IndexSearcher searcher, Query expected, Query actual, String word)
      throws IOException {
    ScoreDoc[] a = searcher.search(expected, 1000).scoreDocs;
    ScoreDoc[] b = searcher.search(actual, 1000).scoreDocs;
    assertEquals(a.length, b.length, word);
    for (int i = 0; i < a.length; i++) {
      assertEquals(a[i].doc, b[i].doc, word);
      assertEquals(a[i].score, b[i].score, 0f, word);
    }
  }

  private static void assertSameSuggestions(SuggestWord[] expected, SuggestWord[] actual, String word) {
    assertArrayEquals(describe(expected), describe(actual), word);
  }

  private static String[] describe(SuggestWord[] words) {
    return java.util.Arrays.stream(words).map(w -> w.string + " " + w.score + " " + w.freq).toArray(String[]::new);
  }

  private static String misspelled(String word, Random random, int kind) {
    StringBuilder text = new StringBuilder(word);
    int at = 1 + random.nextInt(word.length() - 2);
    switch (kind) {
      case 1 -> text.deleteCharAt(at);
      case 2 -> text.insert(at, (char) ('a' + random.nextInt(26)));
      default -> {
        char c = text.charAt(at);
        text.setCharAt(at, text.charAt(at + 1));
        text.setCharAt(at + 1, c);
      }
    }
    if (random.nextBoolean() && text.length() > 3) {
      text.setCharAt(text.length() - 1, (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }
}
