package dev.gazette.local.template;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The SAM template read for the local stack: the tables, the buckets and the functions it declares,
 * every name and variable resolved as the local cloud deploys them.
 */
public final class StackTemplate {

  private final String stackName;
  private final Map<String, Object> document;
  private final Intrinsics intrinsics;
  private final Map<String, String> parameters;
  private final List<TableDefinition> tables;
  private final Map<String, String> buckets;
  private final Optional<String> cdnBucket;
  private final List<FunctionDefinition> functions;
  private final Map<String, List<Map<String, Object>>> bucketCors;
  private final List<Queue> queues;

  private StackTemplate(String stackName, Map<String, Object> document, Intrinsics intrinsics,
      Map<String, String> parameters, List<TableDefinition> tables, Map<String, String> buckets,
      Optional<String> cdnBucket, List<FunctionDefinition> functions,
      Map<String, List<Map<String, Object>>> bucketCors, List<Queue> queues) {
    this.bucketCors = bucketCors;
    this.queues = List.copyOf(queues);
    this.stackName = stackName;
    this.document = document;
    this.intrinsics = intrinsics;
    this.parameters = parameters;
    this.tables = tables;
    this.buckets = buckets;
    this.cdnBucket = cdnBucket;
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
    Map<String, String> buckets = Collections.unmodifiableMap(reader.buckets(resources));
    return new StackTemplate(stackName, template, intrinsics, Map.copyOf(TemplateNodes.withoutNulls(parameters)),
        reader.tables(resources), buckets, cdnBucket(resources, buckets.keySet()), reader.functions(resources),
        Map.copyOf(reader.bucketCors(resources)), reader.queues(resources));
  }

  /** The template's SQS queues, as the local SQS creates them. */
  public List<Queue> queues() {
    return queues;
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

  /** The one table of the stack with a stream: the articles' (the search index's has none). */
  public TableDefinition table() {
    return only(tables.stream().filter(table -> table.streamViewType() != null).toList(),
        "AWS::DynamoDB::Table with a stream");
  }

  /** Every bucket's local name, by logical id, in template order. */
  public Map<String, String> buckets() {
    return buckets;
  }

  /** The local name of the bucket with this logical id; an unknown id is an error, never another bucket. */
  public String bucketName(String logicalId) {
    String name = buckets.get(logicalId);
    if (name == null) {
      throw new NoSuchElementException("No AWS::S3::Bucket " + logicalId + " in the template; its buckets are "
          + buckets.keySet());
    }
    return name;
  }

  /**
   * The logical id of the bucket readers get through the CDN: the S3 origin of the template's
   * CloudFront distribution or, in a template without one, its only bucket. No other bucket is served.
   */
  public String cdnBucket() {
    return cdnBucket.orElseThrow(() -> new IllegalStateException("The template declares the buckets "
        + buckets.keySet() + " and no CloudFront distribution: the local CDN does not know which one to serve"));
  }

  /**
   * The physical id of the template's one CloudFront distribution, as {@code !Ref} gives it
   * locally; a template without one (a test's) gets a local distribution of that id shape.
   */
  public String distributionId() {
    List<String> ids = TemplateNodes.mapOfMaps(document.get("Resources")).entrySet().stream()
        .filter(entry -> "AWS::CloudFront::Distribution".equals(entry.getValue().get("Type")))
        .map(Map.Entry::getKey).toList();
    if (ids.isEmpty()) {
      return "E0LOCALSTANDIN";
    }
    if (ids.size() != 1) {
      throw new IllegalStateException("The template declares " + ids.size() + " CloudFront distributions, expected one");
    }
    return intrinsics.text(Map.of("Ref", ids.get(0)));
  }

  public List<FunctionDefinition> functions() {
    return functions;
  }

  /** The ARN of every AWS::CloudFront::KeyValueStore the template declares, as Fn::GetAtt gives it locally. */
  public List<String> keyValueStoreArns() {
    return TemplateNodes.mapOfMaps(document.get("Resources")).entrySet().stream()
        .filter(entry -> "AWS::CloudFront::KeyValueStore".equals(entry.getValue().get("Type")))
        .map(entry -> intrinsics.text(Map.of("Fn::GetAtt", List.of(entry.getKey(), "Arn")))).toList();
  }

  /**
   * The key value store of the function the distribution's default behaviour runs on viewer
   * requests (the site's redirects), if it reads one.
   */
  public java.util.Optional<String> siteRequestStoreArn() {
    Map<String, Map<String, Object>> resources = TemplateNodes.mapOfMaps(document.get("Resources"));
    return resources.values().stream()
        .filter(resource -> "AWS::CloudFront::Distribution".equals(resource.get("Type")))
        .flatMap(resource -> TemplateNodes.list(TemplateNodes.path(TemplateNodes.map(resource.get("Properties")),
            "DistributionConfig", "DefaultCacheBehavior").getOrDefault("FunctionAssociations", List.of())).stream())
        .map(TemplateNodes::map)
        .filter(association -> "viewer-request".equals(association.get("EventType")))
        .map(association -> TemplateNodes.list(TemplateNodes.map(association.get("FunctionARN")).get("Fn::GetAtt")).get(0))
        .map(function -> TemplateNodes.map(resources.get(String.valueOf(function)).get("Properties")))
        .flatMap(function -> TemplateNodes.list(TemplateNodes.map(function.get("FunctionConfig"))
            .getOrDefault("KeyValueStoreAssociations", List.of())).stream())
        .map(store -> intrinsics.text(TemplateNodes.map(store).get("KeyValueStoreARN")))
        .findFirst();
  }

  /** The CorsRules of each bucket that declares some (by logical id), resolved for the local stack. */
  public Map<String, List<Map<String, Object>>> bucketCors() {
    return bucketCors;
  }

  /**
   * The CORS settings of the template's HTTP API (AllowOrigins, AllowMethods…), resolved for the
   * local stack; empty when it declares none, or no HTTP API.
   */
  public Map<String, Object> httpApiCors() {
    return TemplateNodes.mapOfMaps(document.get("Resources")).values().stream()
        .filter(resource -> "AWS::Serverless::HttpApi".equals(resource.get("Type")))
        .map(resource -> TemplateNodes.path(TemplateNodes.map(resource.get("Properties")), "CorsConfiguration"))
        .map(cors -> TemplateNodes.withoutNulls(TemplateNodes.map(intrinsics.resolve(cors))))
        .findFirst()
        .orElse(Map.of());
  }

  public FunctionDefinition function(String logicalId) {
    return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("No function " + logicalId + " in the template"));
  }

  /**
   * The bucket behind the template's one CloudFront distribution, whose one origin must be
   * {@code !GetAtt <Bucket>.RegionalDomainName} (or {@code .DomainName}) of a bucket of the template.
   */
  private static Optional<String> cdnBucket(Map<String, Map<String, Object>> resources, Set<String> buckets) {
    List<Map<String, Object>> distributions = resources.values().stream()
        .filter(resource -> "AWS::CloudFront::Distribution".equals(resource.get("Type"))).toList();
    if (distributions.isEmpty()) {
      return buckets.size() == 1 ? Optional.of(buckets.iterator().next()) : Optional.empty();
    }
    List<?> origins = distributions.size() == 1 ? TemplateNodes.list(TemplateNodes.path(
        distributions.get(0), "Properties", "DistributionConfig").get("Origins")) : List.of();
    Object domain = origins.size() == 1 ? TemplateNodes.map(origins.get(0)).get("DomainName") : null;
    Object getAtt = TemplateNodes.map(domain).get("Fn::GetAtt");
    List<?> attribute = getAtt instanceof String dotted ? List.of(dotted.split("\\.", 2)) : TemplateNodes.list(getAtt);
    if (attribute.size() != 2 || !buckets.contains(String.valueOf(attribute.get(0)))
        || !List.of("RegionalDomainName", "DomainName").contains(String.valueOf(attribute.get(1)))) {
      throw new IllegalArgumentException("The local CDN serves one distribution with one origin, a bucket of the"
          + " template " + buckets + " named by !GetAtt <Bucket>.RegionalDomainName; the template has "
          + distributions.size() + " distribution(s), origins " + origins);
    }
    return Optional.of(String.valueOf(attribute.get(0)));
  }

  private static <T> T only(List<T> items, String type) {
    if (items.size() != 1) {
      throw new IllegalStateException("The template declares " + items.size() + " " + type + ", expected one");
    }
    return items.get(0);
  }

  /**
   * An AWS::SQS::Queue of the template as the local SQS creates it: its local name, how long a
   * received message stays hidden (SQS's default 30 s) and, with a redrive policy, the queue that
   * takes a message received {@code maxReceiveCount} times (null and 0 without one).
   */
  public record Queue(String logicalId, String queueName, Duration visibilityTimeout,
      String deadLetterLogicalId, int maxReceiveCount) {}
}
