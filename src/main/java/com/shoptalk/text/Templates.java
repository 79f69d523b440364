package com.shoptalk.text;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side HTML from Mustache templates under {@code templates/} on the class path. Mustache
 * escapes every {@code {{value}}} for HTML, so user text is safe by default.
 */
public final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("templates");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** Renders {@code templates/<name>.mustache} with a scope object (a map or a record). */
  public String render(String name, Object scope) {
    Mustache template = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
    var out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }
}
