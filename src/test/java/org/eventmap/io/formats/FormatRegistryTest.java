package org.eventmap.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventmap.io.DatasetReaderTestAccess;
import org.eventmap.io.FileHead;
import org.eventmap.io.LoadResult;
import org.eventmap.io.Problem;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {
  @TempDir Path dir;

  @Test
  void ourOwnFormatIsRecognisedByItsContentWhateverItsName() throws IOException {
    Path renamed = dir.resolve("events.txt");
    Files.copy(DatasetReaderTestAccess.resource("small-valid.json"), renamed);

    assertThat(FormatRegistry.recognise(FileHead.of(renamed)).orElseThrow().name()).isEqualTo("eventmap");
    assertThat(FormatRegistry.read(renamed).ok()).isTrue();
  }

  @Test
  void aFileOfNoKnownFormatIsNamedAsSuchWithTheWayOut() throws IOException {
    Path file = Files.write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});

    LoadResult result = FormatRegistry.read(file);

    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).extracting(Problem::toString).singleElement().asString()
        .startsWith(file + ":1:1: is not a file Eventmap can open")
        .endsWith("(use --format NAME to say which it is)");
  }

  @Test
  void aTimelineJsOrStoryMapJsFileWasReadAsOurOwnFormatWithSixMissingFieldsAndIsReadByItsOwnReaderNow() throws IOException {
    Path timeline = Files.writeString(dir.resolve("timeline.json"),
        "{\"title\": {\"text\": {\"headline\": \"A story\"}}, \"events\": [{\"start_date\": {\"year\": \"1900\"},"
            + " \"text\": {\"headline\": \"A day\"}}]}");
    Path story = Files.writeString(dir.resolve("story.json"), "{\"storymap\": {\"slides\": []}}");
    Path gpx = Files.writeString(dir.resolve("walk.gpx"), "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk/></gpx>");

    LoadResult readTimeline = FormatRegistry.read(timeline);
    assertThat(readTimeline.ok()).as("TimelineJS is read now").isTrue();
    assertThat(readTimeline.dataset().orElseThrow().events()).extracting(org.eventmap.domain.Event::title)
        .containsExactly("A day");
    assertThat(FormatRegistry.read(story).errors()).extracting(Problem::message)
        .containsExactly("the story has no slides: there is nothing to show");
    assertThat(FormatRegistry.read(gpx).errors()).extracting(Problem::message)
        .containsExactly("is a GPX file of tracks and waypoints, which Eventmap does not read yet");
  }

  @Test
  void anEmptyFileAFolderAndAMissingFileEachGetTheirOwnMessage() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.csv"));

    assertThat(FormatRegistry.read(empty).errors()).extracting(Problem::message).containsExactly("the file is empty");
    assertThat(FormatRegistry.read(dir).errors()).extracting(Problem::message).containsExactly("is a folder, not a file");
    assertThat(FormatRegistry.read(dir.resolve("gone.kml")).errors()).extracting(Problem::message)
        .containsExactly("no such file");
  }

  @Test
  void anUnknownForcedFormatListsTheKnownOnes() {
    LoadResult result = FormatRegistry.read(DatasetReaderTestAccess.resource("small-valid.json"),
        ReadOptions.NONE.withFormat("shapefile"), org.eventmap.io.ProgressListener.NONE);

    assertThat(result.errors()).extracting(Problem::message)
        .containsExactly("--format shapefile is not a format Eventmap knows (it knows eventmap, geojson, kml, kmz, timelinejs, timelinejs-sheet, storymap, timemap, timemapjs, csv)");
  }

  @Test
  void columnsAreReadAsRoleEqualsColumn() {
    assertThat(ReadOptions.parseColumns("date=event_date, LAT=latitude,title=Location name"))
        .containsExactly(java.util.Map.entry("date", "event_date"), java.util.Map.entry("lat", "latitude"),
            java.util.Map.entry("title", "Location name"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadOptions.parseColumns("date"))
        .hasMessage("'date' is not role=column (e.g. date=event_date)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadOptions.parseColumns("date=a,date=b"))
        .hasMessage("the role 'date' is given twice");
  }
}
