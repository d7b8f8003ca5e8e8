package dev.gazette.local;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The two rules that keep packages readable: no cycles between them, and none grows too large. */
final class PackageRules {

  private PackageRules() {
  }

  /** Fails if a package at or under {@code root} depends, through any path, on one that depends on it. */
  static ArchRule freeOfCycles(String root) {
    return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        // Each package is its own slice, the root one included: a sub-package using it is a cycle too.
        return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of " + root;
      }
    }).should().beFreeOfCycles();
  }

  /** The packages holding more than {@code limit} top-level types, with their count. */
  static Map<String, Long> crowded(JavaClasses classes, int limit) {
    return classes.stream().filter(JavaClass::isTopLevelClass)
        .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()))
        .entrySet().stream().filter(entry -> entry.getValue() > limit)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }
}
