package org.eventmap.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Help ▸ About's list of what ships cannot drift from the build: it names every dependency of the pom
 * that ships, at the pom's version, and only libraries that really are on the class path at that version.
 * (Libraries brought in by others change only when a dependency of the pom does, which the first test
 * catches.)
 */
class LicencesTest {
  /** A dependency of the pom: groupId:artifactId and version. */
  private record Dependency(String artifact, String version) {}

  private static List<Dependency> shippedDependenciesOfThePom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    Element project = pom.getDocumentElement();
    Map<String, String> properties = new HashMap<>();
    properties.put("project.version", child(project, "version"));
    NodeList props = project.getElementsByTagName("properties");
    if (props.getLength() > 0) {
      NodeList children = props.item(0).getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element e) {
          properties.put(e.getTagName(), e.getTextContent().strip());
        }
      }
    }
    // The project's own dependencies: the <dependencies> directly under <project>, not the managed ones.
    Element dependencies = null;
    for (org.w3c.dom.Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("dependencies")) {
        dependencies = e;
      }
    }
    List<Dependency> shipped = new ArrayList<>();
    NodeList list = dependencies.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      if (!(list.item(i) instanceof Element d) || !d.getTagName().equals("dependency")) {
        continue;
      }
      String scope = child(d, "scope");
      if (scope.equals("test") || scope.equals("provided") || child(d, "optional").equals("true")) {
        continue;
      }
      shipped.add(new Dependency(child(d, "groupId") + ":" + child(d, "artifactId"),
          resolve(child(d, "version"), properties)));
    }
    return shipped;
  }

  private static String child(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  private static String resolve(String value, Map<String, String> properties) {
    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
    }
    return m.appendTail(s).toString();
  }

  private static Map<String, String> listed() {
    Map<String, String> versions = new HashMap<>();
    Licences.libraries().forEach(l -> versions.put(l.artifact(), l.version()));
    return versions;
  }

  @Test
  void everyDependencyOfThePomThatShipsIsListedAtThePomsVersion() throws Exception {
    List<Dependency> shipped = shippedDependenciesOfThePom();
    Map<String, String> listed = listed();

    assertThat(shipped).hasSizeGreaterThan(10);
    for (Dependency d : shipped) {
      assertThat(listed).as(d.artifact() + " ships (pom.xml) but Help ▸ About does not list it: add it to "
          + Licences.LIST + " with its licence, and what it brings (mvn dependency:list -DincludeScope=runtime)")
          .containsKey(d.artifact());
      assertThat(listed.get(d.artifact())).as("the version of " + d.artifact() + " in " + Licences.LIST
          + " (it may bring other libraries now: mvn dependency:list -DincludeScope=runtime)")
          .isEqualTo(d.version());
    }
  }

  @Test
  void everyListedLibraryIsOnTheClassPathAtItsVersion() {
    List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .map(p -> p.replace('\\', '/')).toList();

    for (Licences.Library library : Licences.libraries()) {
      String[] ga = library.artifact().split(":");
      // The local repository's layout: group/as/path/artifact/version/artifact-version[-classifier].jar
      String expected = "/" + ga[0].replace('.', '/') + "/" + ga[1] + "/" + library.version() + "/" + ga[1] + "-"
          + library.version();
      assertThat(classPath).as(library.artifact() + " " + library.version() + " is listed; is it what ships?")
          .anyMatch(entry -> entry.contains(expected));
    }
  }

  @Test
  void eachLibraryNamesItsLicenceAndAWebAddress() {
    assertThat(Licences.libraries()).hasSizeGreaterThan(20).allSatisfy(l -> {
      assertThat(l.name()).isNotBlank();
      assertThat(l.licence()).isNotBlank();
      assertThat(l.address()).startsWith("https://");
    });
  }

  @Test
  void theLicenceShownIsTheProjectsLicence() throws Exception {
    assertThat(Licences.projectLicence()).isEqualTo(Files.readString(Path.of("LICENSE")).replace("\r\n", "\n"));
    assertThat(Licences.worldAtlasLicence()).startsWith("Copyright 2013-2019 Michael Bostock");
  }

  @Test
  void theVersionIsTheBuildsVersion() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());

    assertThat(Licences.version()).isEqualTo(child(pom.getDocumentElement(), "version"));
  }
}
