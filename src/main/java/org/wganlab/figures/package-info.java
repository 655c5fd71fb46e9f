/**
 * The views, each drawn by one Graphics2D routine so the screen and every export share it:
 * the plane (critic heatmap, contours, samples, overlays) and the JFreeChart views
 * (Wasserstein curves, gradient-norm and weight histograms, per-layer gradients, losses).
 * No JavaFX here: the command line draws these headless.
 */
package org.wganlab.figures;
