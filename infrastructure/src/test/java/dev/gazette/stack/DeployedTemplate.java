package dev.gazette.stack;

import dev.gazette.local.LocalCloud;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TemplateNodes;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * template.yaml as CloudFormation would see it for the local stack: every resource with its
 * intrinsics resolved to local names and ARNs, for tests that check what is deployed.
 */
final class DeployedTemplate {
  static final Path FILE = ProjectRoot.find().resolve("template.yaml");
  private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^}!.]+)");

  final Map<String, Object> raw;
  private final Map<String, Map<String, Object>> resources;
  private final StackTemplate stack;

  DeployedTemplate() {
    this(Map.of());
  }

  /** The template deployed with these parameter values (the others keep their defaults). */
  DeployedTemplate(Map<String, String> parameters) {
    stack = StackTemplate.load(FILE, LocalCloud.STACK_NAME, parameters);
    raw = stack.document();
    resources = TemplateNodes.mapOfMaps(raw.get("Resources"));
  }

  /** Logical ids of the resources of a type, in template order. */
  List<String> ofType(String type) {
    return resources.entrySet().stream().filter(entry -> type.equals(entry.getValue().get("Type")))
        .map(Map.Entry::getKey).toList();
  }

  String type(String logicalId) {
    return String.valueOf(resources.get(logicalId).get("Type"));
  }

  /** A resource's properties, unresolved (as written). */
  Map<String, Object> rawProperties(String logicalId) {
    return TemplateNodes.map(resources.get(logicalId).get("Properties"));
  }

  /** A resource's properties with every intrinsic resolved. */
  Map<String, Object> properties(String logicalId) {
    return TemplateNodes.map(stack.resolve(rawProperties(logicalId)));
  }

  /** A function's property merged with the Globals' one, as SAM merges them (maps key by key). */
  Object functionProperty(String logicalId, String name) {
    Object own = rawProperties(logicalId).get(name);
    Object global = TemplateNodes.path(raw, "Globals", "Function").get(name);
    if (own instanceof Map<?, ?> && global instanceof Map<?, ?>) {
      Map<String, Object> merged = new LinkedHashMap<>(TemplateNodes.map(global));
      merged.putAll(TemplateNodes.map(own));
      return stack.resolve(merged);
    }
    return stack.resolve(own != null ? own : global);
  }

  Object resolve(Object node) {
    return stack.resolve(node);
  }

  /** An output's value, resolved. */
  Object output(String name) {
    return stack.resolve(TemplateNodes.path(raw, "Outputs", name).get("Value"));
  }

  /** Whether a condition of the template holds for these parameters. */
  boolean holds(String condition) {
    return Boolean.TRUE.equals(stack.resolve(Map.of("Condition", condition)));
  }

  /** The condition a resource is declared under, if any. */
  Object condition(String logicalId) {
    return resources.get(logicalId).get("Condition");
  }

  /**
   * Every resource {@code logicalId} depends on, directly or not: through Ref, Fn::GetAtt, the
   * names in Fn::Sub strings and DependsOn, in every branch of Fn::If (as CloudFormation and
   * cfn-lint count them).
   */
  Set<String> dependenciesOf(String logicalId) {
    Set<String> found = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(logicalId));
    while (!next.isEmpty()) {
      Map<String, Object> resource = resources.get(next.pop());
      Set<String> direct = new LinkedHashSet<>();
      references(resource.get("Properties"), direct);
      references(resource.get("DependsOn"), direct);
      for (String target : direct) {
        if (resources.containsKey(target) && found.add(target)) {
          next.push(target);
        }
      }
    }
    return found;
  }

  private static void references(Object node, Set<String> into) {
    if (node instanceof String name) {
      into.add(name); // DependsOn's names
    } else if (node instanceof List<?> list) {
      list.forEach(item -> references(item, into));
    } else if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if ("Ref".equals(key)) {
          into.add(String.valueOf(value));
        } else if ("Fn::GetAtt".equals(key)) {
          into.add(String.valueOf(TemplateNodes.list(value).get(0)));
        } else if ("Fn::Sub".equals(key)) {
          Object text = value instanceof List<?> args ? args.get(0) : value;
          Matcher names = SUB_NAME.matcher(String.valueOf(text));
          while (names.find()) {
            into.add(names.group(1).trim());
          }
          if (value instanceof List<?> args && args.size() > 1) {
            references(args.get(1), into);
          }
        } else {
          referencesIn(value, into);
        }
      });
    }
  }

  /** References inside a value, where plain strings are text and not names. */
  private static void referencesIn(Object node, Set<String> into) {
    if (node instanceof List<?> list) {
      list.forEach(item -> referencesIn(item, into));
    } else if (node instanceof Map<?, ?>) {
      references(node, into);
    }
  }

  /** The logical id a {@code !GetAtt X.Attr} or {@code !Ref X} points at. */
  static String target(Object node) {
    Map<String, Object> map = TemplateNodes.map(node);
    if (map.containsKey("Fn::GetAtt")) {
      return String.valueOf(TemplateNodes.list(map.get("Fn::GetAtt")).get(0));
    }
    return String.valueOf(map.get("Ref"));
  }
}
