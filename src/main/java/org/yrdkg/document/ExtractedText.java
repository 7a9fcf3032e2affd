package org.yrdkg.document;

/**
 * Plain text taken out of a markup format, with what the markup itself says about the document.
 *
 * @param text     the words, one block (paragraph, heading, list item) per line
 * @param title    the title the markup names (&lt;h1&gt;, &lt;title&gt;, front matter, # heading), or null
 * @param dateLine a labelled line ("发布时间：…") built from a date in the markup (meta tags, front
 *                 matter) for {@link TitleAndDateFinder}, or null
 */
record ExtractedText(String text, String title, String dateLine) {
}
