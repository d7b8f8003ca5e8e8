package dev.gazette;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the functions module and what each may import (DESIGN.md): a room imports only
 * the rooms below it and the libraries of its job, so the domain never learns about AWS and
 * the renderers never learn about the Publisher.
 */
class RoomsTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.gazette");

  @Test
  void noRoomsDependOnEachOtherInACircle() {
    slices().matching("dev.gazette.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theEditorsDomainImportsNothingButTheJdk() {
    room("article").onlyDependOnClassesThat()
        .resideInAnyPackage(allowed(List.of("article"), "java..")).check(MAIN);
  }

  @Test
  void picturesKnowOnlyArticlesAndTheirImageLibrariesNeverAws() {
    noClasses().that().resideInAPackage("dev.gazette.media..").should().dependOnClassesThat()
        .resideInAnyPackage("dev.gazette.site..", "dev.gazette.render..", "dev.gazette.publish..",
            "dev.gazette.api..", "dev.gazette.store..", "dev.gazette.handlers..", "dev.gazette.runtime..",
            "software.amazon..", "com.amazonaws..")
        .check(MAIN);
  }

  @Test
  void theSiteShapeKnowsOnlyArticles() {
    room("site").onlyDependOnClassesThat()
        .resideInAnyPackage(allowed(List.of("site", "article"), "java..")).check(MAIN);
  }

  @Test
  void renderingKnowsArticlesPicturesAndTheSiteButNotThePublisherOrAws() {
    room("render").onlyDependOnClassesThat().resideInAnyPackage(allowed(
        List.of("render", "site", "media", "article"), "java..", "javax.xml..", "javax.imageio..", "gg.jte..",
        "com.fasterxml.jackson..", "org.commonmark..", "org.owasp..")).check(MAIN);
  }

  @Test
  void thePublisherKnowsItsRoomsBelowButNoAdapterOrAws() {
    room("publish").onlyDependOnClassesThat().resideInAnyPackage(allowed(
        List.of("publish", "render", "site", "media", "article"), "java..", "org.apache.lucene..")).check(MAIN);
  }

  @Test
  void theEditorApiKnowsTheDomainPicturesAndTheSiteButNotRenderingStorageOrThePublisher() {
    room("api").onlyDependOnClassesThat().resideInAnyPackage(allowed(
        List.of("api", "site", "media", "article"), "java..", "com.amazonaws.services.lambda.runtime.events..",
        "com.fasterxml.jackson..", "org.slf4j..")).check(MAIN);
  }

  @Test
  void theRuntimeKnowsNoRoom() {
    room("runtime").onlyDependOnClassesThat().resideInAnyPackage(allowed(List.of("runtime"),
        "java..", "com.amazonaws.services.lambda.runtime..", "com.fasterxml.jackson..", "org.slf4j..", "org.crac..")).check(MAIN);
  }

  @Test
  void onlyAdaptersAndHandlersTalkToAws() {
    noClasses().that().resideOutsideOfPackages("dev.gazette.store..", "dev.gazette.handlers..")
        .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..").check(MAIN);
  }

  @Test
  void onlyHandlersAreLambdaEntryPointsAndTheyAreNamedSo() {
    classes().that().implement("com.amazonaws.services.lambda.runtime.RequestHandler")
        .should().resideInAPackage("dev.gazette.handlers").andShould().haveSimpleNameEndingWith("Handler")
        .check(MAIN);
    classes().that().haveSimpleNameEndingWith("Handler").and().areTopLevelClasses()
        .should().implement("com.amazonaws.services.lambda.runtime.RequestHandler").check(MAIN);
  }

  private static com.tngtech.archunit.lang.syntax.elements.ClassesShould room(String name) {
    return classes().that().resideInAPackage("dev.gazette." + name + "..").should();
  }

  private static String[] allowed(List<String> rooms, String... libraries) {
    List<String> packages = new ArrayList<>();
    rooms.forEach(room -> packages.add("dev.gazette." + room + ".."));
    packages.addAll(List.of(libraries));
    return packages.toArray(String[]::new);
  }
}
