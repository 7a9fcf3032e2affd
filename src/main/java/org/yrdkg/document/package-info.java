/**
 * Raw files to {@link org.yrdkg.document.Document}s: decoding, markup and page-furniture removal,
 * title and date, sentences, and the normalised (Simplified, half-width) form of each sentence with an
 * offset map back to the original text. Entry point: {@link org.yrdkg.document.DocumentReader}.
 */
package org.yrdkg.document;
