package com.shoptalk.catalog;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.PriorityQueue;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Words of the index within a few typing errors of a spoken word, found as Lucene's {@link FuzzyQuery} and
 * {@link DirectSpellChecker} find them (edits counted the same way: insertions, deletions, substitutions and swaps of
 * neighbours, after a common first letter; the same words, scores and order), but by comparing the words that share
 * the first letter instead of building Levenshtein automata. Building the automata of a long word took most of a
 * search's time; a catalog's words with one first letter are few enough to compare one by one.
 */
final class Typos {

  private Typos() {
  }

  /** A {@link FuzzyQuery} (two edits at most, transpositions counting one) that finds its words by comparing them. */
  static final class Query extends FuzzyQuery {

    Query(Term term, int maxEdits, int prefixLength) {
      super(term, maxEdits, prefixLength);
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      if (getMaxEdits() == 0 || getPrefixLength() >= getTerm().text().length()) {
        return super.getTermsEnum(terms, atts);
      }
      return new Enum(terms.iterator(), getTerm().text(), getMaxEdits(), getPrefixLength(), null);
    }
  }

  /** A {@link DirectSpellChecker} whose candidates are found by comparing words, not by automata. */
  static final class SpellChecker extends DirectSpellChecker {

    @Override
    protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq,
        int editDistance, float accuracy, CharsRefBuilder spare) throws IOException {
      Terms terms = MultiTerms.getTerms(ir, term.field());
      if (terms == null) {
        return Collections.emptyList();
      }
      // As DirectSpellChecker does, with the enumeration's own way of narrowing once the queue is full.
      float[] bottom = {Float.NEGATIVE_INFINITY};
      Enum e = new Enum(terms.iterator(), term.text(), editDistance, Math.max(getMinPrefix(), editDistance - 1),
          bottom);
      PriorityQueue<ScoreTerm> stQueue = new PriorityQueue<>();
      BytesRef queryTerm = new BytesRef(term.text());
      BytesRef candidateTerm;
      ScoreTerm st = new ScoreTerm();
      while ((candidateTerm = e.next()) != null) {
        float score = e.boost();
        if (stQueue.size() >= numSug && score <= stQueue.peek().boost) {
          continue;
        }
        if (queryTerm.bytesEquals(candidateTerm)) {
          continue;
        }
        int df = e.docFreq();
        if (df <= docfreq) {
          continue;
        }
        String termAsString;
        if (getDistance() == INTERNAL_LEVENSHTEIN) {
          termAsString = null;
        } else {
          spare.copyUTF8Bytes(candidateTerm);
          termAsString = spare.toString();
          score = getDistance().getDistance(term.text(), termAsString);
        }
        if (score < accuracy) {
          continue;
        }
        st.term = BytesRef.deepCopyOf(candidateTerm);
        st.boost = score;
        st.docfreq = df;
        st.termAsString = termAsString;
        st.score = score;
        stQueue.offer(st);
        st = stQueue.size() > numSug ? stQueue.poll() : new ScoreTerm();
        bottom[0] = stQueue.size() >= numSug ? stQueue.peek().boost : Float.NEGATIVE_INFINITY;
      }
      return stQueue;
    }
  }

  /**
   * The words within {@code maxEdits} of a text that share its first {@code prefixLength} code points, in the
   * index's order, each with FuzzyTermsEnum's boost ({@code 1 - edits / shorter length}, 1 for the text itself).
   * Given a bottom boost, it narrows to fewer edits as FuzzyTermsEnum does once words with more could no longer
   * compete (noticing a new bottom one word late, as it does).
   */
  private static final class Enum extends FilteredTermsEnum {
    private final int[] text;
    private final int prefixLength;
    private final BytesRef prefixBytes;
    private final BoostAttribute boost;
    private final float[] bottom;
    private float seenBottom;
    private boolean bottomQueued;
    private int maxEdits;
    private int[] candidate = new int[16];

    Enum(TermsEnum terms, String text, int maxEdits, int prefixLength, float[] bottom) {
      super(terms);
      this.text = text.codePoints().toArray();
      this.prefixLength = Math.min(prefixLength, this.text.length);
      this.prefixBytes = new BytesRef(new String(this.text, 0, this.prefixLength));
      this.maxEdits = maxEdits;
      this.bottom = bottom;
      this.seenBottom = Float.NEGATIVE_INFINITY;
      this.boost = attributes().addAttribute(BoostAttribute.class);
      setInitialSeekTerm(prefixBytes);
    }

    float boost() {
      return boost.getBoost();
    }

    @Override
    protected AcceptStatus accept(BytesRef term) {
      if (!StringHelper.startsWith(term, prefixBytes)) {
        return AcceptStatus.END;
      }
      if (bottomQueued) {
        bottomQueued = false;
        while (maxEdits > 0 && seenBottom >= 1.0f - (float) maxEdits / (float) text.length) {
          maxEdits--;
        }
      }
      int length = codePoints(term);
      if (Math.abs(length - text.length) > maxEdits) {
        return AcceptStatus.NO;
      }
      int edits = distance(length);
      if (edits > maxEdits) {
        return AcceptStatus.NO;
      }
      boost.setBoost(edits == 0 ? 1.0f : 1.0f - (float) edits / (float) Math.min(length, text.length));
      if (bottom != null && bottom[0] != seenBottom) {
        seenBottom = bottom[0];
        bottomQueued = true;
      }
      return AcceptStatus.YES;
    }

    /** Decodes a word into {@link #candidate}, returning its length in code points. */
    private int codePoints(BytesRef term) {
      if (candidate.length < term.length) {
        candidate = new int[term.length];
      }
      return UnicodeUtil.UTF8toUTF32(term, candidate);
    }

    /**
     * Returns the edits between the text and the candidate after their common prefix (a swap of neighbours counting
     * one), or more than {@link #maxEdits} when there are more.
     */
    private int distance(int length) {
      int n = text.length - prefixLength;
      int m = length - prefixLength;
      int[] before = new int[m + 1];
      int[] previous = new int[m + 1];
      int[] current = new int[m + 1];
      for (int j = 0; j <= m; j++) {
        previous[j] = j;
      }
      for (int i = 1; i <= n; i++) {
        current[0] = i;
        int best = i;
        int a = text[prefixLength + i - 1];
        for (int j = 1; j <= m; j++) {
          int b = candidate[prefixLength + j - 1];
          int cost = a == b ? 0 : 1;
          int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
          if (i > 1 && j > 1 && a == candidate[prefixLength + j - 2] && text[prefixLength + i - 2] == b) {
            d = Math.min(d, before[j - 2] + 1);
          }
          current[j] = d;
          best = Math.min(best, d);
        }
        if (best > maxEdits) {
          return maxEdits + 1;
        }
        int[] spare = before;
        before = previous;
        previous = current;
        current = spare;
      }
      return previous[m];
    }
  }
}
