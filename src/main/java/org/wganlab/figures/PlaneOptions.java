package org.wganlab.figures;

/**
 * What the plane draws besides the heatmap and the samples: an immutable value the window
 * changes with its checkboxes and hands to the on-screen plane and to every export, so the
 * exported plane is the plane on screen.
 *
 * @param editing   mixture handles on the components (the data editor is on)
 * @param transport the latest exact W1's optimal coupling, a line from each generated point to its real point
 */
public record PlaneOptions(boolean contours, boolean interpolates, boolean arrows, boolean warp, boolean gradMap, boolean editing, boolean transport) {
    public static final PlaneOptions DEFAULT = new PlaneOptions(true, false, false, false, false, false, false);

    public PlaneOptions withContours(boolean on) {
        return new PlaneOptions(on, interpolates, arrows, warp, gradMap, editing, transport);
    }

    public PlaneOptions withInterpolates(boolean on) {
        return new PlaneOptions(contours, on, arrows, warp, gradMap, editing, transport);
    }

    public PlaneOptions withArrows(boolean on) {
        return new PlaneOptions(contours, interpolates, on, warp, gradMap, editing, transport);
    }

    public PlaneOptions withWarp(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, on, gradMap, editing, transport);
    }

    public PlaneOptions withGradMap(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, on, editing, transport);
    }

    public PlaneOptions withTransport(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, gradMap, editing, on);
    }

    public PlaneOptions withEditing(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, gradMap, on, transport);
    }
}
