package org.eventmap.ui.google;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the stand-in of Google's Maps JavaScript API (src/test/resources/google/stand-in-maps-api.js,
 * our own code, not Google's) on 127.0.0.1, so that the page loads it over HTTP exactly as it would load
 * Google's: with the key and callback in the query. Also offers an address that never answers, for the
 * deadline.
 */
final class StandInMapsApiServer implements AutoCloseable {
  private static final String SCRIPT = "/google/stand-in-maps-api.js";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "stand-in-maps-api");
    t.setDaemon(true);
    return t;
  });
  private final List<String> rawQueries = new CopyOnWriteArrayList<>();
  private final List<HttpExchange> unanswered = new CopyOnWriteArrayList<>();

  StandInMapsApiServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/maps/api/js", this::serveScript);
    server.createContext("/never-answers/js", exchange -> unanswered.add(exchange));
    server.setExecutor(threads);
    server.start();
  }

  /** The stand-in Maps JavaScript API. */
  MapsApiAddress address() {
    return new MapsApiAddress(base().resolve("/maps/api/js"));
  }

  /** An address that accepts the request and never answers, like a network that swallows packets. */
  MapsApiAddress addressThatNeverAnswers() {
    return new MapsApiAddress(base().resolve("/never-answers/js"));
  }

  /** The query strings the page asked with, still URL-encoded, in order. */
  List<String> rawQueries() {
    return List.copyOf(rawQueries);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void serveScript(HttpExchange exchange) throws IOException {
    rawQueries.add(exchange.getRequestURI().getRawQuery());
    byte[] body;
    try (InputStream in = StandInMapsApiServer.class.getResourceAsStream(SCRIPT)) {
      body = in.readAllBytes();
    }
    exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    unanswered.forEach(HttpExchange::close);
    server.stop(0);
    threads.shutdownNow();
  }
}
