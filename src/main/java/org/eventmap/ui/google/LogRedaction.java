package org.eventmap.ui.google;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the Maps API key out of WebView's own log records. WebKit logs the address of every resource it
 * loads (e.g. com.sun.webkit.WebPage at FINE, "permit ACCEPT_RESOURCE ... url = ...?key=..."), so does
 * the JDK's HTTP client at its debug level, and the key can only travel in the script's address. Rather than silencing those loggers, which people turn on
 * to debug the page, a filter on each of them replaces the key with "(key)" in the record.
 *
 * <p>Filters are not inherited by child loggers, so the filter is put on every WebView logger that exists
 * when the key is about to be used; WebView has created its loggers by then.
 */
final class LogRedaction {
  private static final String REPLACEMENT = "(key)";
  /**
   * The loggers, and prefixes of loggers, that WebView logs addresses through: WebKit's bridge, and the
   * JDK's HTTP client that WebView loads http(s) resources with (its debug logger prints every request).
   */
  private static final String[] WEBVIEW_LOGGERS = {
    "com.sun.webkit", "com.sun.javafx.webkit", "javafx.scene.web",
    "jdk.internal.httpclient.debug", "jdk.httpclient.HttpClient"
  };

  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  /** LogManager holds loggers weakly; a logger collected and made again would lose its filter. */
  private static final Set<Logger> COVERED = Collections.newSetFromMap(new ConcurrentHashMap<>());

  private LogRedaction() {}

  /** From now on, the key and its URL-encoded form are replaced in WebView's log records. */
  static void hide(String key) {
    if (key.isEmpty()) {
      return;
    }
    SECRETS.add(key);
    SECRETS.add(URLEncoder.encode(key, StandardCharsets.UTF_8));
    for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
      if (isWebViewLogger(name)) {
        cover(Logger.getLogger(name));
      }
    }
    for (String name : WEBVIEW_LOGGERS) {
      cover(Logger.getLogger(name));
    }
  }

  /** The text with every hidden key replaced. */
  static String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : SECRETS) {
      result = result.replace(secret, REPLACEMENT);
    }
    return result;
  }

  private static boolean isWebViewLogger(String name) {
    for (String prefix : WEBVIEW_LOGGERS) {
      if (name.equals(prefix) || name.startsWith(prefix + ".")) {
        return true;
      }
    }
    return false;
  }

  private static void cover(Logger logger) {
    if (COVERED.add(logger)) {
      Filter previous = logger.getFilter();
      logger.setFilter(record -> {
        redact(record);
        return previous == null || previous.isLoggable(record);
      });
    }
  }

  private static void redact(LogRecord record) {
    record.setMessage(redact(record.getMessage()));
    Object[] parameters = record.getParameters();
    if (parameters != null) {
      Object[] safe = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        safe[i] = p == null || p instanceof Number || p instanceof Boolean ? p : redact(String.valueOf(p));
      }
      record.setParameters(safe);
    }
  }
}
