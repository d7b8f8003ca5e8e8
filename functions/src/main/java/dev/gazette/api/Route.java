package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * One operation of the editor API as data: its key as API Gateway names it, who may call it,
 * what body it takes, and the operation that answers it.
 */
record Route(String key, Access access, BodyRule body, Operation operation) {

  /** The work of a route, given the operations of the API and a call that passed the rules. */
  @FunctionalInterface
  interface Operation {
    APIGatewayV2HTTPResponse answer(Operations operations, Call call);
  }

  /** Every operation the routes may call, grouped by what they work on. */
  record Operations(ArticleOperations articles, MediaOperations media, RevisionOperations revisions,
      PreviewOperations previews) {}
}
