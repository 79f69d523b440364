package com.shoptalk.catalog;

import java.io.IOException;
import java.util.List;

/** A reader of one feed format: turns a feed's bytes into items, not yet validated. */
interface FeedReader {

  /**
   * Reads the items of a feed.
   *
   * @param content the whole feed, UTF-8 unless the format says otherwise (an XML declaration)
   * @param skipped where a part that cannot be read goes, with its line and reason
   * @return the items read, in feed order
   * @throws IOException when the content is not a feed of this format at all
   */
  List<FeedRow> read(byte[] content, List<SkippedRow> skipped) throws IOException;
}
