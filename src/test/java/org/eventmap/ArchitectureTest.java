package org.eventmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.eventmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /**
   * The layers from the bottom up: the domain; the pure layers (the projection and basemap, the time
   * logic, the file formats); the observable state; the views; the application (start-up, windows,
   * snapshots); the command line; the launcher. Each may use only the layers below it.
   */
  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("Launcher").definedBy("org.eventmap")
      .layer("Command line").definedBy("org.eventmap.cli..")
      .layer("Application").definedBy("org.eventmap.app..")
      .layer("Views").definedBy("org.eventmap.ui..")
      .layer("State").definedBy("org.eventmap.state..")
      .layer("File formats").definedBy("org.eventmap.io..")
      .layer("Time").definedBy("org.eventmap.time..")
      .layer("Geography").definedBy("org.eventmap.geo..")
      .layer("Domain").definedBy("org.eventmap.domain..")
      .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
      .whereLayer("Command line").mayOnlyBeAccessedByLayers("Launcher")
      .whereLayer("Application").mayOnlyBeAccessedByLayers("Command line")
      .whereLayer("Views").mayOnlyBeAccessedByLayers("Application")
      // The command line names its choices in the state's words (which map, which window of time).
      .whereLayer("State").mayOnlyBeAccessedByLayers("Views", "Application", "Command line")
      .whereLayer("File formats").mayOnlyBeAccessedByLayers("State", "Views", "Application", "Command line")
      .whereLayer("Time").mayOnlyBeAccessedByLayers("File formats", "State", "Views", "Application", "Command line")
      .whereLayer("Geography").mayOnlyBeAccessedByLayers("File formats", "State", "Views", "Application",
          "Command line")
      .because("each layer is built and tested on the ones below it alone: the domain and the pure layers "
          + "without a UI, the state without views, the views without the application's windows, and the "
          + "command line and the launcher stay thin entries that nothing depends on");

  @ArchTest
  static final ArchRule pureLayersDoNotUseJavaFx =
      noClasses().that().resideInAnyPackage("org.eventmap.domain..", "org.eventmap.geo..", "org.eventmap.io..",
              "org.eventmap.time..")
          .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
          .because("the domain, the projection, the time logic and the file formats must be testable and usable "
              + "without a UI");

  @ArchTest
  static final ArchRule markLayoutIsPure =
      noClasses().that().haveNameMatching("org\\.eventmap\\.ui\\.map\\.(MarkLayout|WorldCopies|CountText)(\\$.*)?")
          .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
          .because("where the marks go is worked out and tested without a UI");

  @ArchTest
  static final ArchRule typedDatesAreReadWithoutAUi =
      noClasses().that().haveNameMatching("org\\.eventmap\\.ui\\.timeline\\.(DateReader|RangeText)(\\$.*)?")
          .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
          .because("what a typed date means, and how a range is said, are tested without a UI");

  @ArchTest
  static final ArchRule domainKnowsNoFileFormat =
      noClasses().that().resideInAPackage("org.eventmap.domain..")
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.eventmap.io..",
              "org.eventmap.state..", "org.eventmap.ui..")
          .because("file formats map into the domain, not the other way round");

  @ArchTest
  static final ArchRule stateDoesNotKnowTheViews =
      noClasses().that().resideInAPackage("org.eventmap.state..")
          .should().dependOnClassesThat().resideInAnyPackage("org.eventmap.ui..", "javafx.scene..")
          .because("views bind to the state; the state does not reach into views");

  @ArchTest
  static final ArchRule viewsDoNotTalkToEachOther =
      noClasses().that().resideInAnyPackage("org.eventmap.ui.map..")
          .should().dependOnClassesThat().resideInAnyPackage("org.eventmap.ui.timeline..", "org.eventmap.ui.detail..")
          .andShould().dependOnClassesThat().resideInAnyPackage("org.eventmap.ui.timeline..", "org.eventmap.ui.detail..")
          .because("the map, the timeline and the detail pane only share the application state");

  @ArchTest
  static final ArchRule timelineAndDetailDoNotTalkToEachOther =
      noClasses().that().resideInAnyPackage("org.eventmap.ui.timeline..")
          .should().dependOnClassesThat().resideInAnyPackage("org.eventmap.ui.map..", "org.eventmap.ui.detail..")
          .because("the map, the timeline and the detail pane only share the application state");

  @ArchTest
  static final ArchRule detailDoesNotTalkToOtherViews =
      noClasses().that().resideInAnyPackage("org.eventmap.ui.detail..")
          .should().dependOnClassesThat().resideInAnyPackage("org.eventmap.ui.map..", "org.eventmap.ui.timeline..")
          .because("the map, the timeline and the detail pane only share the application state");

  @ArchTest
  static final ArchRule listFilterAndLegendOnlyTalkToTheState =
      noClasses().that().resideInAnyPackage("org.eventmap.ui.list..", "org.eventmap.ui.filter..",
              "org.eventmap.ui.legend..", "org.eventmap.ui.google..")
          .should().dependOnClassesThat().resideInAnyPackage("org.eventmap.ui.map..", "org.eventmap.ui.timeline..",
              "org.eventmap.ui.detail..")
          .because("views share only the application state");
}
