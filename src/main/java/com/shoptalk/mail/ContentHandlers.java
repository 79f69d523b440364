package com.shoptalk.mail;

import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import java.util.Locale;
import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.eclipse.angus.mail.handlers.text_html;
import org.eclipse.angus.mail.handlers.text_plain;

/**
 * Angus Mail's content handlers for the only types ShopTalk writes (text/plain, text/html,
 * multipart/*), named in code instead of looked up.
 *
 * <p>Jakarta Activation's default command map finds handlers by reading {@code META-INF/mailcap}
 * through its implementation's registry (angus-activation, a runtime-only jar) and loading the
 * classes by name through the thread's context class loader. Both depend on the class path and the
 * loader of whoever runs the code: the local run under {@code exec:java} has no angus-activation and
 * so found no handler at all. These handlers are linked like any other class of ShopTalk.
 */
final class ContentHandlers extends CommandMap {
  static final ContentHandlers INSTANCE = new ContentHandlers();
  private static final CommandInfo[] NO_COMMANDS = new CommandInfo[0];

  private ContentHandlers() {}

  @Override
  public DataContentHandler createDataContentHandler(String mimeType) {
    String type = mimeType == null ? "" : mimeType.strip().toLowerCase(Locale.ROOT);
    if (type.equals("text/plain")) {
      return new text_plain();
    }
    if (type.equals("text/html")) {
      return new text_html();
    }
    if (type.startsWith("multipart/")) {
      return new multipart_mixed();
    }
    return null;
  }

  // Commands (view, edit, …) are for desktop applications; a message builder needs none.

  @Override
  public CommandInfo[] getPreferredCommands(String mimeType) {
    return NO_COMMANDS;
  }

  @Override
  public CommandInfo[] getAllCommands(String mimeType) {
    return NO_COMMANDS;
  }

  @Override
  public CommandInfo getCommand(String mimeType, String cmdName) {
    return null;
  }
}
