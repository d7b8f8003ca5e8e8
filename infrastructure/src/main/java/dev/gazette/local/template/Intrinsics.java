package dev.gazette.local.template;

import dev.gazette.local.aws.LocalAws;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsic functions (Ref, Fn::Sub, Fn::GetAtt, Fn::If, Fn::Join, …)
 * for the local stack, where every resource has a predictable local name.
 */
final class Intrinsics {

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  private final LocalStackNames names;
  private final Map<String, String> parameters;
  private final Map<String, Object> conditions;

  Intrinsics(LocalStackNames names, Map<String, String> parameters, Map<String, Object> conditions) {
    this.names = names;
    this.parameters = parameters;
    this.conditions = conditions;
  }

  /** The value as text; {@code null} for {@code !Ref AWS::NoValue}. */
  String text(Object node) {
    Object value = resolve(node);
    return value == null ? null : String.valueOf(value);
  }

  Object resolve(Object node) {
    if (node instanceof List<?> list) {
      List<Object> values = new ArrayList<>();
      list.forEach(item -> values.add(resolve(item)));
      return values;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return node;
    }
    if (map.size() == 1) {
      String key = String.valueOf(map.keySet().iterator().next());
      Object argument = map.values().iterator().next();
      if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
        return function(key, argument);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    map.forEach((key, value) -> values.put(String.valueOf(key), resolve(value)));
    return values;
  }

  private Object function(String name, Object argument) {
    List<?> args = argument instanceof List<?> list ? list : List.of();
    return switch (name) {
      case "Ref" -> ref(String.valueOf(argument));
      case "Fn::Sub" -> argument instanceof List<?> ? sub(String.valueOf(args.get(0)), (Map<?, ?>) args.get(1))
          : sub(String.valueOf(argument), Map.of());
      case "Fn::GetAtt" -> names.attribute(String.valueOf(args.get(0)), String.valueOf(args.get(1)));
      // An element that is !Ref AWS::NoValue is left out, as CloudFormation leaves it out of the list.
      case "Fn::Join" -> String.join(String.valueOf(args.get(0)),
          ((List<?>) resolve(args.get(1))).stream().filter(Objects::nonNull).map(String::valueOf).toList());
      case "Fn::Select" -> ((List<?>) resolve(args.get(1))).get(Integer.parseInt(text(args.get(0))));
      case "Fn::Split" -> List.of(text(args.get(1)).split(Pattern.quote(text(args.get(0))), -1));
      case "Fn::If" -> condition(String.valueOf(args.get(0))) ? resolve(args.get(1)) : resolve(args.get(2));
      case "Fn::Equals" -> Objects.equals(text(args.get(0)), text(args.get(1)));
      case "Fn::Not" -> !truth(args.get(0));
      case "Fn::And" -> args.stream().allMatch(this::truth);
      case "Fn::Or" -> args.stream().anyMatch(this::truth);
      case "Condition" -> condition(String.valueOf(argument));
      default -> throw new IllegalArgumentException(name + " is not supported by the local cloud's template reader");
    };
  }

  private Object ref(String name) {
    return switch (name) {
      case "AWS::NoValue" -> null;
      case "AWS::StackName" -> names.stackName();
      case "AWS::Region" -> LocalAws.REGION.id();
      case "AWS::AccountId" -> LocalAws.ACCOUNT_ID;
      case "AWS::Partition" -> "aws";
      case "AWS::URLSuffix" -> "amazonaws.com";
      case "AWS::StackId" -> "arn:aws:cloudformation:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID
          + ":stack/" + names.stackName() + "/local";
      default -> parameters.containsKey(name) ? parameters.get(name) : names.physicalId(name);
    };
  }

  private String sub(String template, Map<?, ?> variables) {
    Matcher matcher = SUB_VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1).trim();
      String value;
      if (variable.startsWith("!")) {
        value = "${" + variable.substring(1) + "}";
      } else if (variables.containsKey(variable)) {
        value = text(variables.get(variable));
      } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
        int dot = variable.indexOf('.');
        value = names.attribute(variable.substring(0, dot), variable.substring(dot + 1));
      } else {
        value = String.valueOf(ref(variable));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(out).toString();
  }

  private boolean condition(String name) {
    if (!conditions.containsKey(name)) {
      throw new IllegalArgumentException("Condition " + name + " is not declared in Conditions");
    }
    return truth(conditions.get(name));
  }

  private boolean truth(Object node) {
    return Boolean.TRUE.equals(resolve(node));
  }
}
