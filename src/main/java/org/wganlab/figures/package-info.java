/**
 * The views, each drawn by one Graphics2D routine so the screen and every export share it:
 * the plane (critic heatmap, contours, samples, overlays) and the JFreeChart views
 * (Wasserstein curves, gradient-norm and weight histograms, per-layer gradients, losses).
 * {@link org.wganlab.figures.Views} is the registry of views every menu, export and the
 * command line read; the plane's overlays are an immutable {@link org.wganlab.figures.PlaneOptions}
 * and its geometry a {@link org.wganlab.figures.PlaneGeometry}. No JavaFX here: the command
 * line draws these headless.
 */
package org.wganlab.figures;
