package com.shoptalk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Checks that text is a valid Alexa SSML document: well-formed XML, {@code <speak>} root, known tags only. */
public final class Ssml {
  private static final Set<String> TAGS = Set.of("speak", "break", "say-as", "prosody", "emphasis", "lang", "p", "s",
      "sub", "audio", "phoneme", "voice", "w", "amazon:emotion", "amazon:domain", "amazon:effect");

  private Ssml() {}

  public static void assertValid(String ssml) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
      Element root = document.getDocumentElement();
      assertEquals("speak", root.getTagName(), "SSML root element");
      check(root);
      assertTrue(ssml.length() < 8000, "SSML longer than Alexa allows");
    } catch (org.xml.sax.SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
      fail("not valid SSML: " + e.getMessage() + "\n" + ssml);
    }
  }

  private static void check(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        assertTrue(TAGS.contains(element.getTagName()), "unknown SSML tag <" + element.getTagName() + ">");
        check(element);
      }
    }
  }
}
