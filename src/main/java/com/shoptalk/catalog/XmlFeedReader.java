package com.shoptalk.catalog;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reader of RSS 2.0 and Atom feeds with Merchant Center's {@code g:} elements, with the JDK's StAX parser
 * (no DTDs, no external entities).
 *
 * <p>Each {@code <item>} or {@code <entry>} is one row. A {@code g:} element wins over a plain one of the same
 * name ({@code <g:title>} over {@code <title>}); repeated elements ({@code <g:product_highlight>}) give several
 * values; {@code <g:product_detail>} is read from its {@code section_name}, {@code attribute_name} and
 * {@code attribute_value}. Other nested elements ({@code <g:shipping>}) are ignored.
 */
final class XmlFeedReader implements FeedReader {

  private static final String GOOGLE_NAMESPACE = "http://base.google.com/ns/1.0";
  private static final List<String> DETAIL_PARTS = List.of("section_name", "attribute_name", "attribute_value");

  @Override
  public List<FeedRow> read(byte[] content, List<SkippedRow> skipped) throws IOException {
    List<FeedRow> rows = new java.util.ArrayList<>();
    Item item = null;
    int lastItemLine = 0;
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.open(content);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (item == null && (xml.getLocalName().equals("item") || xml.getLocalName().equals("entry"))) {
            lastItemLine = xml.getLocation().getLineNumber();
            item = new Item(lastItemLine);
          } else if (item != null) {
            item.start(xml);
          }
        } else if (item != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          item.text(xml.getText());
        } else if (item != null && event == XMLStreamConstants.END_ELEMENT) {
          if (item.end()) {
            rows.add(item.row.build());
            item = null;
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? Math.max(lastItemLine, 1) : Math.max(e.getLocation().getLineNumber(), 1);
      if (rows.isEmpty() && lastItemLine == 0) {
        throw new IOException("not well-formed XML at line " + line + ": " + e.getMessage(), e);
      }
      skipped.add(new SkippedRow(line, "XML is not well-formed here, the rest of the file was not read: "
          + lastLine(e.getMessage())));
    } finally {
      SafeXml.close(xml);
    }
    return rows;
  }

  /** The item being read: which child element is open, and its text. */
  private static final class Item {

    final FeedRow.Builder row;
    private final Set<String> fromGoogle = new HashSet<>();
    private final Map<String, String> nested = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private int depth;
    private String child;
    private boolean childIsGoogle;
    private String grandchild;

    Item(int line) {
      row = new FeedRow.Builder(line);
    }

    void start(XMLStreamReader xml) {
      depth++;
      String name = xml.getLocalName().toLowerCase(Locale.ROOT);
      if (depth == 1) {
        child = name;
        childIsGoogle = GOOGLE_NAMESPACE.equals(xml.getNamespaceURI());
        nested.clear();
        value.setLength(0);
        String href = xml.getAttributeValue(null, "href");
        if (href != null && name.equals("link")) {
          value.append(href);
        }
      } else if (depth == 2) {
        grandchild = name;
        value.setLength(0);
      }
    }

    void text(String text) {
      if (depth == 1 || (depth == 2 && grandchild != null)) {
        value.append(text);
      }
    }

    /** Closes an element; returns whether it was the item itself. */
    boolean end() {
      if (depth == 0) {
        return true;
      }
      if (depth == 2) {
        nested.put(grandchild, value.toString().strip());
        grandchild = null;
        value.setLength(0);
      } else if (depth == 1) {
        put(nested.isEmpty() ? value.toString().strip() : nestedValue());
      }
      depth--;
      return false;
    }

    private String nestedValue() {
      if (!child.equals("product_detail")) {
        return "";
      }
      return AttributeList.item(DETAIL_PARTS.stream().map(p -> nested.getOrDefault(p, "")).toList());
    }

    private void put(String text) {
      if (text.isEmpty()) {
        return;
      }
      if (childIsGoogle) {
        if (fromGoogle.add(child)) {
          row.remove(child);
        }
        row.add(child, text);
      } else if (!fromGoogle.contains(child)) {
        row.add(child, text);
      }
    }
  }

  private static String lastLine(String message) {
    if (message == null) {
      return "";
    }
    String[] lines = message.strip().split("\\R");
    return lines[lines.length - 1];
  }
}
