package dev.gazette.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Says where a body stopped being JSON, in our words: the parser's own messages name its
 * classes, features and limits, which are nobody's business outside.
 */
final class JsonSyntaxErrors {
  private JsonSyntaxErrors() {}

  static String describe(JsonProcessingException e) {
    return "Invalid JSON" + where(e.getLocation()) + ": " + reason(e) + ".";
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "it is nested too deeply or a value is too long";
    }
    if (e instanceof JsonEOFException) {
      return "it ends before it is complete";
    }
    if (e instanceof MismatchedInputException) {
      return "it holds something other than one JSON value";
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Duplicate field")) {
      return "a field appears twice";
    }
    if (message.contains("trailing token")) {
      return "there is more after the JSON value";
    }
    return "unexpected character or token";
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
