/**
 * The window's words: {@link org.wganlab.i18n.Words} reads them from one resource bundle per
 * language (English complete, German beside it), so a translation is one file; and
 * {@link org.wganlab.i18n.TextDirection}, which way a paragraph of a lesson reads.
 */
package org.wganlab.i18n;
