package com.shoptalk.catalog;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for feeds from outside: no DTDs, no external entities. */
final class SafeXml {

  private SafeXml() {
  }

  /**
   * Opens a namespace-aware reader of a document.
   *
   * @param content the document
   * @return the reader
   * @throws XMLStreamException when the document cannot be started
   */
  static XMLStreamReader open(byte[] content) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory.createXMLStreamReader(new ByteArrayInputStream(content));
  }

  /** Closes a reader, if one was opened. */
  static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Nothing left to release for an in-memory document.
      }
    }
  }
}
