package org.wganlab.figures;

/**
 * What the plane draws besides the heatmap and the samples: an immutable value the window
 * changes with its checkboxes and hands to the on-screen plane and to every export, so the
 * exported plane is the plane on screen.
 *
 * @param editing mixture handles on the components (the data editor is on)
 */
public record PlaneOptions(boolean contours, boolean interpolates, boolean arrows, boolean warp, boolean gradMap, boolean editing) {
    public static final PlaneOptions DEFAULT = new PlaneOptions(true, false, false, false, false, false);

    public PlaneOptions withContours(boolean on) {
        return new PlaneOptions(on, interpolates, arrows, warp, gradMap, editing);
    }

    public PlaneOptions withInterpolates(boolean on) {
        return new PlaneOptions(contours, on, arrows, warp, gradMap, editing);
    }

    public PlaneOptions withArrows(boolean on) {
        return new PlaneOptions(contours, interpolates, on, warp, gradMap, editing);
    }

    public PlaneOptions withWarp(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, on, gradMap, editing);
    }

    public PlaneOptions withGradMap(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, on, editing);
    }

    public PlaneOptions withEditing(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, gradMap, on);
    }
}
