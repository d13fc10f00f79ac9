package org.eventmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers of the column dialog, kept per file between runs. */
class ColumnAnswersTest {
  private static final Map<String, String> ANSWER = Map.of("date", "when", "lat", "y_coord", "lon", "x_coord",
      "title", "what");

  @TempDir Path dir;

  @AfterEach
  void forgetProperties() {
    System.clearProperty("eventmap.columns");
    System.clearProperty("eventmap.session");
  }

  private Path csv(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void anAnswerIsRememberedForTheFileInTheNextRun() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    Path store = dir.resolve("config/columns.json");

    new ColumnAnswers(store).remember(file, ANSWER);

    assertThat(new ColumnAnswers(store).remembered(file)).hasValue(ANSWER);
    assertThat(new ColumnAnswers(store).remembered(dir.resolve("other.csv"))).isEmpty();
  }

  @Test
  void theSameFileNamedAnotherWayIsTheSameFile() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    ColumnAnswers answers = new ColumnAnswers(dir.resolve("columns.json"));
    Files.createDirectories(dir.resolve("sub"));

    answers.remember(file, ANSWER);

    assertThat(answers.remembered(dir.resolve("sub/../trips.csv"))).hasValue(ANSWER);
  }

  @Test
  void aDifferentFileAtTheSamePathIsAskedAgain() throws IOException {
    Path file = csv("export.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    ColumnAnswers answers = new ColumnAnswers(dir.resolve("columns.json"));
    answers.remember(file, ANSWER);

    csv("export.csv", "day;north;east;label\n2024-03-22;31.5;34.4;Talks\n");

    assertThat(answers.remembered(file)).isEmpty();
  }

  @Test
  void newRowsUnderTheSameHeaderKeepTheAnswer() throws IOException {
    Path file = csv("export.csv", "\uFEFFwhen,y_coord,x_coord,what\r\n2024-03-22,31.5,34.4,Talks\r\n");
    ColumnAnswers answers = new ColumnAnswers(dir.resolve("columns.json"));
    answers.remember(file, ANSWER);

    Files.writeString(file, "2024-03-23,31.6,34.5,More talks\r\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(answers.remembered(file)).hasValue(ANSWER);
  }

  @Test
  void aNewAnswerForAFileReplacesTheOldOne() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    ColumnAnswers answers = new ColumnAnswers(dir.resolve("columns.json"));
    answers.remember(file, ANSWER);

    answers.remember(file, Map.of("date", "when", "lat", "x_coord", "lon", "y_coord"));

    assertThat(answers.remembered(file)).hasValue(Map.of("date", "when", "lat", "x_coord", "lon", "y_coord"));
  }

  @Test
  void aForgottenAnswerIsAskedForAgainAndTheOthersStay() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    Path other = csv("other.csv", "a,b,c\n1,2,3\n");
    ColumnAnswers answers = new ColumnAnswers(dir.resolve("columns.json"));
    answers.remember(file, ANSWER);
    answers.remember(other, Map.of("date", "a"));

    answers.forget(file);

    assertThat(new ColumnAnswers(dir.resolve("columns.json")).remembered(file)).isEmpty();
    assertThat(answers.remembered(other)).hasValue(Map.of("date", "a"));
    answers.forget(dir.resolve("never-answered.csv"));
  }

  @Test
  void onlyTheFiftyFilesAnsweredLastAreKept() throws IOException {
    Path store = dir.resolve("columns.json");
    ColumnAnswers answers = new ColumnAnswers(store);
    for (int i = 0; i < ColumnAnswers.KEPT + 5; i++) {
      answers.remember(csv("file" + i + ".csv", "a,b,c\n1,2,3\n"), Map.of("date", "a"));
    }

    assertThat(answers.remembered(dir.resolve("file0.csv"))).isEmpty();
    assertThat(answers.remembered(dir.resolve("file4.csv"))).isEmpty();
    assertThat(answers.remembered(dir.resolve("file5.csv"))).hasValue(Map.of("date", "a"));
    assertThat(answers.remembered(dir.resolve("file54.csv"))).hasValue(Map.of("date", "a"));
    assertThat(Files.readString(store).split("\"path\"", -1)).hasSize(ColumnAnswers.KEPT + 1);
  }

  @Test
  void aDamagedStoreIsAFreshStartAndIsWrittenAnew() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    Path store = Files.writeString(dir.resolve("columns.json"), "{\"format\": \"eventmap-columns/1\", \"files\": [{\"pa");
    ColumnAnswers answers = new ColumnAnswers(store);

    assertThat(answers.remembered(file)).isEmpty();
    answers.remember(file, ANSWER);

    assertThat(new ColumnAnswers(store).remembered(file)).hasValue(ANSWER);
  }

  @Test
  void aStoreOfTheWrongShapeIsAFreshStart() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    for (String wrong : new String[] {"[1, 2, 3]", "null", "{\"files\": 7}", "{\"files\": [null, {\"path\": 3}]}",
        "{\"files\": [{\"path\": \"" + file.toAbsolutePath().toString().replace("\\", "\\\\")
            + "\", \"header\": \"when,y_coord,x_coord,what\", \"columns\": {\"date\": [1]}}]}"}) {
      Path store = Files.writeString(dir.resolve("columns.json"), wrong);

      assertThat(new ColumnAnswers(store).remembered(file)).as(wrong).isEmpty();
    }
  }

  @Test
  void aFileThatCannotBeReadIsSimplyNotRemembered() {
    ColumnAnswers answers = new ColumnAnswers(dir.resolve("columns.json"));
    Path gone = dir.resolve("gone.csv");

    answers.remember(gone, ANSWER);

    assertThat(answers.remembered(gone)).isEmpty();
    assertThat(dir.resolve("columns.json")).doesNotExist();
  }

  @Test
  void aStoreThatCannotBeWrittenDoesNotStopTheApp() throws IOException {
    Path file = csv("trips.csv", "when,y_coord,x_coord,what\n2024-03-22,31.5,34.4,Talks\n");
    Path notAFolder = csv("plain-file", "x");
    ColumnAnswers answers = new ColumnAnswers(notAFolder.resolve("columns.json"));

    answers.remember(file, ANSWER);

    assertThat(answers.remembered(file)).isEmpty();
  }

  @Test
  void theStoreIsWhereThePropertySaysOrBesideTheSession() {
    System.setProperty("eventmap.session", dir.resolve("conf/session.json").toString());
    assertThat(new ColumnAnswers().store()).isEqualTo(dir.resolve("conf/columns.json").toAbsolutePath());

    System.setProperty("eventmap.columns", dir.resolve("answers.json").toString());
    assertThat(new ColumnAnswers().store()).isEqualTo(dir.resolve("answers.json"));
  }
}
