package dev.gazette.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The infrastructure's main code in rooms: no package cycle in the local cloud, no package past a dozen classes. */
class LocalCloudRoomsTest {
  private static final int MOST_CLASSES_IN_A_PACKAGE = 12;
  // Only this module's main classes: where LocalCloud was loaded from (target/classes or the jar).
  private static final JavaClasses MAIN = new ClassFileImporter()
      .importUrl(LocalCloud.class.getProtectionDomain().getCodeSource().getLocation());

  @Test
  void noPackageOfTheLocalCloudDependsOnOneThatDependsOnIt() {
    PackageRules.freeOfCycles("dev.gazette.local").check(MAIN);
  }

  @Test
  void noPackageHoldsMoreThanTwelveClasses() {
    assertThat(MAIN.containPackage("dev.gazette.local.stream")).isTrue();
    assertThat(PackageRules.crowded(MAIN, MOST_CLASSES_IN_A_PACKAGE)).isEmpty();
  }

  @Test
  void theRulesCatchACycleAndACrowdedPackage() {
    JavaClasses fixtures = new ClassFileImporter().importPackages("dev.gazette.local.fixtures.rooms");
    assertThatThrownBy(() -> PackageRules.freeOfCycles("dev.gazette.local.fixtures.rooms").check(fixtures))
        .isInstanceOf(AssertionError.class).hasMessageContaining("upstairs").hasMessageContaining("downstairs");
    assertThat(PackageRules.crowded(fixtures, 1)).containsOnlyKeys("dev.gazette.local.fixtures.rooms.upstairs");
  }
}
