/**
 * Everything that leaves the app as a file: figures as PNG, SVG and PDF drawn by the views' own
 * Graphics2D routines, the captioned dashboard, the data beside them (CSV, config.json), and
 * animated GIFs of training. Writes go to a temporary file that replaces the target only when
 * complete.
 */
package org.wganlab.export;
