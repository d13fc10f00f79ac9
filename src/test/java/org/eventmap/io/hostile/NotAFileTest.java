package org.eventmap.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eventmap.cli.EventmapCommand;
import org.eventmap.io.ProgressListener;
import org.eventmap.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Paths that are not files that can be read, through the registry (as the app, {@code --snapshot},
 * {@code validate} and {@code convert} read them) and through the command line. The tests run as root,
 * whom permissions do not stop: "cannot be read" is made of conditions that stop root too.
 */
class NotAFileTest {
  @TempDir Path dir;

  private String cli(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = EventmapCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    int code = cl.execute(args);
    assertThat(code).as("exit code of %s", String.join(" ", args)).isNotZero();
    assertThat(out.toString()).doesNotContain("Exception", "\tat ");
    return out.toString();
  }

  /** The message the registry gives, which validate and convert print too, as FILE:1:1: message. */
  private String refusal(Path path, Optional<String> format) {
    ReadOptions options = format.map(ReadOptions.NONE::withFormat).orElse(ReadOptions.NONE);
    HostileFiles.Read read = HostileFiles.read(path, options, ProgressListener.NONE);
    String message = read.error().message();
    String line = path + ":1:1: " + message;
    assertThat(cli("validate", path.toString())).contains(line);
    assertThat(cli("convert", path.toString(), "--out", dir.resolve("out.json").toString())).contains(line);
    assertThat(dir.resolve("out.json")).doesNotExist();
    return message;
  }

  private String refusal(Path path) {
    String message = refusal(path, Optional.empty());
    for (String format : new String[] {"csv", "eventmap", "kml", "kmz", "geojson"}) {
      assertThat(refusal(path, Optional.of(format))).as("with --format %s", format).isEqualTo(message);
    }
    return message;
  }

  @Test
  void aNamedPipeIsRefusedInsteadOfWaitingForeverForAWriter() throws Exception {
    Path pipe = dir.resolve("events.json");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is there");
    assertThat(refusal(pipe)).isEqualTo("is a named pipe, not a file: Eventmap reads only files");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
  void aDeviceIsRefusedInsteadOfBeingReadForever(String device) {
    assumeTrue(Files.exists(Path.of(device)));
    assertThat(refusal(Path.of(device))).isEqualTo("is a device, not a file: Eventmap reads only files");
  }

  @Test
  void aSocketIsRefused() throws IOException {
    Path socket = dir.resolve("events.csv");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertThat(refusal(socket)).isEqualTo("is a socket, not a file: Eventmap reads only files");
    }
  }

  @Test
  void aFolderIsRefusedEvenWithAFormatNamed() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("events.kml"));
    assertThat(refusal(folder)).isEqualTo("is a folder, not a file");
  }

  @Test
  void aPathThroughAFileSaysWhichPartIsAFile() throws IOException {
    Path file = HostileFiles.write(dir.resolve("a.json"), HostileFiles.eventmapDataset(2));
    assertThat(refusal(file.resolve("x"))).isEqualTo("cannot be read: " + file + " is a file, not a folder");
  }

  @Test
  void aLoopOfSymbolicLinksIsRefused() throws IOException {
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    Files.createSymbolicLink(one, two);
    Files.createSymbolicLink(two, one);
    assertThat(refusal(one)).isEqualTo("cannot be read: it is a link that leads back to itself (a loop of symbolic links)");
  }

  @Test
  void aLinkToNothingSaysWhereItLeads() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), Path.of("gone.json"));
    assertThat(refusal(link)).isEqualTo("is a link to gone.json, which does not exist");
  }

  @Test
  void aMissingFileIsNoSuchFile() {
    assertThat(refusal(dir.resolve("missing.geojson"))).isEqualTo("no such file");
  }

  @Test
  void aLinkToAGoodFileStillOpens() throws IOException {
    Path file = HostileFiles.write(dir.resolve("a.json"), HostileFiles.eventmapDataset(2));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
    assertThat(HostileFiles.read(link).result().dataset().orElseThrow().events()).hasSize(2);
  }
}
