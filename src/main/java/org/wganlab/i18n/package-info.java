/**
 * The app's words: {@link org.wganlab.i18n.Words} reads them from one resource bundle per
 * language (English complete, German beside it), so a translation is one file. The window
 * takes all its words from it; the engine words its refusals of a file from it too (in English
 * for the command line, so the window can word the same reason in its own language); and
 * {@link org.wganlab.i18n.TextDirection} says which way a paragraph of a lesson reads.
 */
package org.wganlab.i18n;
