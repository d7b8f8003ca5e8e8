package dev.gazette.importer.wordpress;

/**
 * A picture of the export's media library (an item of type {@code attachment}): where its file
 * was, and the words WordPress kept with it.
 *
 * @param caption the attachment's excerpt, which is what WordPress shows as its caption
 * @param parent the id of the post it was uploaded to (a {@code [gallery]} without ids shows those)
 */
record Attachment(String id, String url, String alt, String caption, String parent) {}
