package dev.gazette.stack;

import java.util.Set;

/**
 * One permission a call needs: an IAM action on a resource ARN, and for DynamoDB item calls the
 * partition keys it touches (what a {@code dynamodb:LeadingKeys} condition is checked against).
 */
record IamAccess(String action, String resource, Set<String> leadingKeys) {
  IamAccess {
    leadingKeys = Set.copyOf(leadingKeys);
  }

  static IamAccess of(String action, String resource) {
    return new IamAccess(action, resource, Set.of());
  }
}
