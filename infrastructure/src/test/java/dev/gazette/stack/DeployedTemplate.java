package dev.gazette.stack;

import dev.gazette.local.LocalCloud;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TemplateNodes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * template.yaml as CloudFormation would see it for the local stack: every resource with its
 * intrinsics resolved to local names and ARNs, for tests that check what is deployed.
 */
final class DeployedTemplate {
  static final Path FILE = ProjectRoot.find().resolve("template.yaml");

  final Map<String, Object> raw;
  private final Map<String, Map<String, Object>> resources;
  private final StackTemplate stack;

  DeployedTemplate() {
    stack = StackTemplate.load(FILE, LocalCloud.STACK_NAME, Map.of());
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

  /** The logical id a {@code !GetAtt X.Attr} or {@code !Ref X} points at. */
  static String target(Object node) {
    Map<String, Object> map = TemplateNodes.map(node);
    if (map.containsKey("Fn::GetAtt")) {
      return String.valueOf(TemplateNodes.list(map.get("Fn::GetAtt")).get(0));
    }
    return String.valueOf(map.get("Ref"));
  }
}
