package dev.gazette.importer;

/**
 * A record of the source that is not imported, and why, as the report prints it.
 *
 * @param where the post's id or the line number ({@code post 123}, {@code line 17})
 * @param reason what is wrong with it, in words an editor understands
 */
public record ImportProblem(String where, String reason) {}
