package org.wganlab.figures;

import org.wganlab.train.Snapshot;

/**
 * One view of a run, drawn by one Graphics2D routine: FXGraphics2D on screen, a
 * BufferedImage's graphics for PNG, SVGGraphics2D and PdfBoxGraphics2D for the vector formats.
 */
public interface Figure extends Drawing {
    /** Stable file-name stem, the view's id in {@link Views}. */
    String id();

    /** Takes the data to show from an immutable snapshot. */
    void update(Snapshot s);

    /** Larger fonts and marks for a projector. */
    void setPresentation(boolean on);

    /**
     * Tells the listener whenever the figure's picture changes: an update, or any setter (the
     * kept curves, the overlays, the presentation). A view redraws on it, so no caller marks a
     * figure stale by hand.
     */
    void addChangeListener(Runnable listener);
}
