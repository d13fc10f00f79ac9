package org.eventmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eventmap.io.DatasetFields.Field;
import org.eventmap.io.DatasetFields.Shape;
import org.eventmap.io.DatasetFields.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table of the format's fields, the JSON Schema other tools check files with, and the page curators
 * read say the same (ADR 0014): a field added to one and not to the others fails here.
 */
class DatasetFieldsTest {
  private static final Path SCHEMA = Path.of("assets/schema/eventmap-dataset.schema.json");
  private static final Path FORMAT_PAGE = Path.of("docs/dataset-format.md");
  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
  }

  /** The schema's object for a shape: the schema itself for the top object, else its {@code $defs} entry. */
  private static JsonNode schemaOf(Shape shape) {
    return shape == DatasetFields.DATASET ? schema : schema.path("$defs").path(shape.name());
  }

  /** Follows {@code $ref}s within the schema to the definition that says what a value is. */
  private static JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      assertThat(ref).startsWith("#/$defs/");
      node = schema.path("$defs").path(ref.substring("#/$defs/".length()));
      assertThat(node.isMissingNode()).as(ref).isFalse();
    }
    return node;
  }

  /** The JSON type a (resolved) schema states: its {@code type}, or the type of its {@code const}. */
  private static String jsonType(JsonNode node) {
    if (node.has("type")) {
      return node.get("type").asText();
    }
    if (node.has("const")) {
      return node.get("const").isTextual() ? "string" : node.get("const").getNodeType().name().toLowerCase();
    }
    return "unstated";
  }

  private static String refName(JsonNode node) {
    return node.has("$ref") ? node.get("$ref").asText().substring("#/$defs/".length()) : "(inline)";
  }

  /** What the schema says of a field, written as the table would: a type and, for objects, their shape. */
  private static String schemaTypeOf(JsonNode property) {
    if (property.has("oneOf")) {
      JsonNode alternatives = property.get("oneOf");
      if (alternatives.size() == 2 && jsonType(resolve(alternatives.get(0))).equals("string")
          && jsonType(resolve(alternatives.get(1))).equals("object")) {
        return "ID_OR_OBJECT " + refName(alternatives.get(1));
      }
      return "oneOf " + alternatives;
    }
    JsonNode resolved = resolve(property);
    String type = jsonType(resolved);
    switch (type) {
      case "string":
        return "STRING";
      case "number":
        return "NUMBER";
      case "integer":
        return "INTEGER";
      case "boolean":
        return "BOOLEAN";
      case "object":
        return "OBJECT " + refName(property);
      case "array":
        JsonNode items = resolved.path("items");
        String itemType = jsonType(resolve(items));
        if (itemType.equals("string")) {
          return "ARRAY_OF_STRINGS";
        }
        if (itemType.equals("object")) {
          return "ARRAY_OF_OBJECTS " + refName(items);
        }
        return "array of " + itemType;
      default:
        return type;
    }
  }

  private static String tableTypeOf(Field f) {
    return f.shape() == null ? f.type().name() : f.type().name() + " " + f.shape().name();
  }

  @Test
  void everyFieldOfTheTableIsInTheSchemaWithTheSameTypeAndRequiredness() {
    for (Shape shape : DatasetFields.ALL) {
      JsonNode object = schemaOf(shape);
      assertThat(object.isMissingNode()).as("the schema has no object '" + shape.name() + "'").isFalse();
      Set<String> required = new LinkedHashSet<>();
      object.path("required").forEach(n -> required.add(n.asText()));
      for (Field f : shape.fields()) {
        String where = shape.name() + "." + f.name();
        JsonNode property = object.path("properties").path(f.name());
        assertThat(property.isMissingNode()).as(where + " is not in the schema").isFalse();
        assertThat(schemaTypeOf(property)).as(where + ": type").isEqualTo(tableTypeOf(f));
        assertThat(required.contains(f.name())).as(where + ": required").isEqualTo(f.required());
        if (f.type() == Type.ARRAY_OF_OBJECTS || f.type() == Type.ARRAY_OF_STRINGS) {
          assertThat(resolve(property).path("minItems").asInt(0) >= 1).as(where + ": at least one entry")
              .isEqualTo(f.atLeastOne());
        }
      }
    }
  }

  @Test
  void everyPropertyOfTheSchemaIsInTheTable() {
    for (Shape shape : DatasetFields.ALL) {
      JsonNode object = schemaOf(shape);
      List<String> properties = new ArrayList<>();
      object.path("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(shape.name()).containsExactlyInAnyOrderElementsOf(shape.names());
      List<String> required = new ArrayList<>();
      object.path("required").forEach(n -> required.add(n.asText()));
      assertThat(shape.names()).as(shape.name() + ": required fields").containsAll(required);
      // The schema refuses what the reader only warns about; both know the same fields.
      assertThat(object.path("additionalProperties").asBoolean(true)).as(shape.name()).isFalse();
    }
  }

  @Test
  void everyObjectOfTheSchemaIsInTheTable() {
    Set<String> shapes = DatasetFields.ALL.stream().map(Shape::name).collect(Collectors.toSet());
    schema.path("$defs").fields().forEachRemaining(def -> {
      if (jsonType(def.getValue()).equals("object")) {
        assertThat(shapes).as("$defs/" + def.getKey()).contains(def.getKey());
      }
    });
  }

  /** The field tables of the format page, by the heading above each: field name to its "required" cell. */
  private static Map<String, Map<String, String>> tablesOfTheFormatPage() throws IOException {
    Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^\\| `([A-Za-z]+)` \\| (yes|no) \\|");
    String heading = "";
    for (String line : Files.readAllLines(FORMAT_PAGE)) {
      if (line.startsWith("#")) {
        heading = line.replaceFirst("^#+\\s*", "");
        continue;
      }
      Matcher m = row.matcher(line);
      if (m.find()) {
        tables.computeIfAbsent(heading, h -> new LinkedHashMap<>()).put(m.group(1), m.group(2));
      }
    }
    return tables;
  }

  @Test
  void theFormatPageListsEveryFieldOfTheTableAsRequiredOrNotAsTheTableDoes() throws IOException {
    Map<String, Map<String, String>> tables = tablesOfTheFormatPage();
    Map<Shape, String> headings = Map.of(
        DatasetFields.DATASET, "2. Top-level fields",
        DatasetFields.PLACE, "3. Places",
        DatasetFields.CATEGORY, "4. Categories",
        DatasetFields.EVENT, "5. Events",
        DatasetFields.SOURCE, "Sources",
        DatasetFields.QUOTE, "Quotes",
        DatasetFields.ERA, "Eras",
        DatasetFields.STORY, "Stories",
        DatasetFields.STEP, "Steps",
        DatasetFields.ATTRIBUTE, "Attributes");
    headings.forEach((shape, heading) -> {
      Map<String, String> table = tables.get(heading);
      assertThat(table).as("a table of fields under '" + heading + "'").isNotNull();
      assertThat(table.keySet()).as(heading).containsExactlyInAnyOrderElementsOf(shape.names());
      for (Field f : shape.fields()) {
        assertThat(table.get(f.name())).as(heading + ": is '" + f.name() + "' required").isEqualTo(f.required() ? "yes" : "no");
      }
    });
  }

  @Test
  void theFormatPageNamesEveryFieldOfTheObjectsItDescribesInProse() throws IOException {
    String page = Files.readString(FORMAT_PAGE);
    String approximate = page.substring(page.indexOf("### `approximate`"), page.indexOf("### `disputed`"));
    for (Field f : DatasetFields.APPROXIMATE.fields()) {
      assertThat(approximate).as("§7 names '" + f.name() + "'").contains("`" + f.name() + "");
    }
    assertThat(approximate).contains("All three members are required");
    // An inline place is a place without its id, as §3 says.
    assertThat(DatasetFields.INLINE_PLACE.names())
        .containsExactlyElementsOf(DatasetFields.PLACE.names().stream().filter(n -> !n.equals("id")).toList());
    assertThat(page).contains("An inline place has the same fields as a place, except `id`.");
  }

  @Test
  void theReaderWarnsOfEveryFieldTheTableDoesNotDeclareAndOfNoneItDoes() throws IOException {
    // Every field of the table written once, with a value of its type, and one more that is not.
    String json = """
        {"format": "eventmap/1", "title": "t", "description": "d", "license": "l", "attribution": "a",
         "openOn": "2024-03-22", "extra": 1,
         "places": [{"id": "p", "name": "n", "lat": 1, "lon": 2, "timeZone": "UTC", "country": "c", "extra": 1}],
         "categories": [{"id": "k", "name": "n", "color": "#000000", "extra": 1}],
         "events": [
           {"id": "e", "title": "t", "start": "2024-03-22", "end": "2024-03-23", "place": "p", "category": "k",
            "actors": ["a"], "summary": "s", "related": ["f"], "tags": ["t"], "disputed": "d", "extra": 1,
            "quotes": [{"text": "t", "speaker": "s", "occasion": "o", "date": "2024", "source": 0, "extra": 1}],
            "sources": [{"title": "t", "publisher": "p", "url": "https://example.org", "date": "2024", "kind": "primary",
                         "note": "n", "extra": 1}],
            "approximate": {"time": true, "place": false, "note": "n", "extra": 1},
            "attributes": [{"name": "fatalities", "value": "3", "extra": 1}]},
           {"id": "f", "title": "t", "start": "2024-03-22", "category": "k", "summary": "s",
            "place": {"name": "n", "lat": 1, "lon": 2, "timeZone": "UTC", "country": "c", "extra": 1},
            "sources": [{"title": "t", "publisher": "p"}]}
         ],
         "eras": [{"title": "t", "start": "2024-03", "end": "2024-04", "extra": 1}],
         "stories": [{"id": "s", "title": "t", "description": "d", "extra": 1,
                      "steps": [{"event": "e", "caption": "c", "extra": 1}]}]}
        """;
    for (Shape shape : DatasetFields.ALL) {
      for (String name : shape.names()) {
        assertThat(json).as("the file writes " + shape.name() + "." + name).contains("\"" + name + "\":");
      }
    }
    for (int chunkBytes : new int[] {DatasetReader.SEQUENTIAL, DatasetReader.CHUNK_BYTES}) {
      Path file = Files.createTempFile("every-field", ".json");
      try {
        Files.writeString(file, json);
        LoadResult result = DatasetReader.read(file, ProgressListener.NONE, chunkBytes);
        assertThat(result.problems()).as("read in parts of " + chunkBytes).hasSize(12)
            .allSatisfy(p -> assertThat(p.toString()).contains("warning: ").endsWith("unknown field 'extra' is ignored"));
        assertThat(result.ok()).isTrue();
      } finally {
        Files.delete(file);
      }
    }
  }
}
