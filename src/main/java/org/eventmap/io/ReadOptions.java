package org.eventmap.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the person said about how to read a file: a format forced with {@code --format}, and which columns
 * of a spreadsheet hold what ({@code --columns date=event_date,lat=latitude}, or the answer given in the
 * column dialog). Empty means "recognise it yourself".
 *
 * @param columns from a role ({@code date}, {@code end}, {@code lat}, {@code lon}, {@code title}, ...) to
 *     a column's name as its header writes it (or its number from 1 when it has no header)
 */
public record ReadOptions(Optional<String> format, Map<String, String> columns) {
  public static final ReadOptions NONE = new ReadOptions(Optional.empty(), Map.of());

  public ReadOptions {
    Objects.requireNonNull(format, "format");
    columns = Map.copyOf(columns);
  }

  public ReadOptions withFormat(String name) {
    return new ReadOptions(Optional.of(name), columns);
  }

  public ReadOptions withColumns(Map<String, String> columns) {
    return new ReadOptions(format, columns);
  }

  /**
   * Reads {@code --columns} as written on the command line: {@code role=column} pairs separated by commas.
   * The roles are lower case; a column name keeps its case and may hold spaces.
   *
   * @throws IllegalArgumentException with a message for a person when a pair is not {@code role=column}
   *     or a role is given twice
   */
  public static Map<String, String> parseColumns(String text) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      int equals = pair.indexOf('=');
      if (equals <= 0 || equals == pair.length() - 1) {
        throw new IllegalArgumentException("'" + pair.strip() + "' is not role=column (e.g. date=event_date)");
      }
      String role = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String column = pair.substring(equals + 1).strip();
      if (columns.put(role, column) != null) {
        throw new IllegalArgumentException("the role '" + role + "' is given twice");
      }
    }
    return columns;
  }
}
