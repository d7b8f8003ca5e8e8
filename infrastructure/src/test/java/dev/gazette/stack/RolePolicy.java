package dev.gazette.stack;

import dev.gazette.local.template.TemplateNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Allow statements of a function's IAM role in template.yaml, resolved to local ARNs, and
 * whether an access is allowed by one of them (action and resource wildcards, and the
 * {@code ForAllValues:StringLike dynamodb:LeadingKeys} condition the roles use).
 */
record RolePolicy(String function, List<Statement> statements) {

  /** One action on one resource pattern, with the leading-key patterns it is limited to (empty: any). */
  record Statement(String sid, String action, String resource, List<String> leadingKeys) {
    boolean allows(IamAccess access) {
      return action.equals(access.action()) && glob(resource).matcher(access.resource()).matches()
          && (leadingKeys.isEmpty() || access.leadingKeys().stream()
              .allMatch(key -> leadingKeys.stream().anyMatch(pattern -> glob(pattern).matcher(key).matches())));
    }
  }

  static RolePolicy of(DeployedTemplate template, String function) {
    String role = DeployedTemplate.target(template.rawProperties(function).get("Role"));
    List<Statement> statements = new ArrayList<>();
    for (Object policy : TemplateNodes.list(template.properties(role).get("Policies"))) {
      for (Object node : TemplateNodes.list(TemplateNodes.path(TemplateNodes.map(policy), "PolicyDocument").get("Statement"))) {
        Map<String, Object> statement = TemplateNodes.map(node);
        if (!"Allow".equals(statement.get("Effect"))) {
          continue;
        }
        List<String> leadingKeys = strings(TemplateNodes.path(statement, "Condition", "ForAllValues:StringLike")
            .get("dynamodb:LeadingKeys"));
        for (String action : strings(statement.get("Action"))) {
          for (String resource : strings(statement.get("Resource"))) {
            statements.add(new Statement(String.valueOf(statement.get("Sid")), action, resource, leadingKeys));
          }
        }
      }
    }
    return new RolePolicy(function, statements);
  }

  boolean allows(IamAccess access) {
    return statements.stream().anyMatch(statement -> statement.allows(access));
  }

  /** The statements no access in {@code used} needed: what the role grants beyond what is used. */
  List<Statement> unused(Set<IamAccess> used) {
    return statements.stream().filter(statement -> used.stream().noneMatch(statement::allows)).toList();
  }

  private static List<String> strings(Object node) {
    if (node == null) {
      return List.of();
    }
    return node instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(node));
  }

  /** IAM's wildcards: {@code *} any run of characters, {@code ?} one character. */
  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }
}
