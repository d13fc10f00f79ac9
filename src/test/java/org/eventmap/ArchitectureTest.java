package org.eventmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.eventmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
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
