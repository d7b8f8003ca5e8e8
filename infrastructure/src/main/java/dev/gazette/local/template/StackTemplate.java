package dev.gazette.local.template;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The SAM template read for the local stack: the table, the bucket and the functions it declares,
 * every name and variable resolved as the local cloud deploys them.
 */
public final class StackTemplate {

  private final String stackName;
  private final Map<String, Object> document;
  private final Intrinsics intrinsics;
  private final Map<String, String> parameters;
  private final List<TableDefinition> tables;
  private final List<String> bucketNames;
  private final List<FunctionDefinition> functions;

  private StackTemplate(String stackName, Map<String, Object> document, Intrinsics intrinsics,
      Map<String, String> parameters, List<TableDefinition> tables, List<String> bucketNames,
      List<FunctionDefinition> functions) {
    this.stackName = stackName;
    this.document = document;
    this.intrinsics = intrinsics;
    this.parameters = parameters;
    this.tables = tables;
    this.bucketNames = bucketNames;
    this.functions = functions;
  }

  /**
   * @param parameterOverrides values for template parameters (e.g. SiteUrl); the others keep their defaults
   */
  public static StackTemplate load(Path file, String stackName, Map<String, String> parameterOverrides) {
    Map<String, Object> template = CloudFormationYaml.read(file);
    Map<String, Map<String, Object>> resources = TemplateNodes.mapOfMaps(template.get("Resources"));
    Map<String, String> parameters = new LinkedHashMap<>();
    TemplateNodes.mapOfMaps(template.get("Parameters")).forEach((name, declaration) -> {
      Object defaultValue = declaration.get("Default");
      parameters.put(name, defaultValue == null ? null : String.valueOf(defaultValue));
    });
    parameters.putAll(parameterOverrides);
    Intrinsics intrinsics = new Intrinsics(new LocalStackNames(stackName, resources), parameters,
        TemplateNodes.map(template.get("Conditions")));
    TemplateResources reader = new TemplateResources(intrinsics, TemplateNodes.map(template.get("Globals")));
    return new StackTemplate(stackName, template, intrinsics, Map.copyOf(TemplateNodes.withoutNulls(parameters)),
        reader.tables(resources), reader.bucketNames(resources), reader.functions(resources));
  }

  public String stackName() {
    return stackName;
  }

  /** The template as written (short tags in their long form), for checks of the template itself. */
  public Map<String, Object> document() {
    return document;
  }

  /** A node of {@link #document()} with every intrinsic function resolved for the local stack. */
  public Object resolve(Object node) {
    return intrinsics.resolve(node);
  }

  /** Parameter values after overrides (parameters without default or override are left out). */
  public Map<String, String> parameters() {
    return parameters;
  }

  public List<TableDefinition> tables() {
    return tables;
  }

  /** The table with this logical id; an unknown id is an error, never another table. */
  public TableDefinition table(String logicalId) {
    return tables.stream().filter(table -> table.logicalId().equals(logicalId)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("No AWS::DynamoDB::Table " + logicalId + " in the template; its tables are "
            + tables.stream().map(TableDefinition::logicalId).toList()));
  }

  /** The one table of the stack. */
  public TableDefinition table() {
    return only(tables, "AWS::DynamoDB::Table");
  }

  public List<String> bucketNames() {
    return bucketNames;
  }

  /** The local name of the one bucket of the stack. */
  public String bucketName() {
    return only(bucketNames, "AWS::S3::Bucket");
  }

  public List<FunctionDefinition> functions() {
    return functions;
  }

  public FunctionDefinition function(String logicalId) {
    return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("No function " + logicalId + " in the template"));
  }

  private static <T> T only(List<T> items, String type) {
    if (items.size() != 1) {
      throw new IllegalStateException("The template declares " + items.size() + " " + type + ", expected one");
    }
    return items.get(0);
  }
}
