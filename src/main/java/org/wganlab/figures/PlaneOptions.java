package org.wganlab.figures;

/**
 * What the plane draws besides the heatmap and the samples: an immutable value the window
 * changes with its checkboxes and hands to the on-screen plane and to every export, so the
 * exported plane is the plane on screen.
 *
 * @param editing   mixture handles on the components (the data editor is on)
 * @param transport the latest exact W1's optimal coupling, a line from each generated point to its real point
 * @param estimateOverK beside the critic's estimate on the Wasserstein chart, the estimate divided by the
 *                  critic's Lipschitz constant K on the plane (a view option the plane carries so every export mirrors it)
 */
public record PlaneOptions(boolean contours, boolean interpolates, boolean arrows, boolean warp, boolean gradMap, boolean editing, boolean transport,
        boolean estimateOverK) {
    public static final PlaneOptions DEFAULT = new PlaneOptions(true, false, false, false, false, false, false, false);

    public PlaneOptions withContours(boolean on) {
        return new PlaneOptions(on, interpolates, arrows, warp, gradMap, editing, transport, estimateOverK);
    }

    public PlaneOptions withInterpolates(boolean on) {
        return new PlaneOptions(contours, on, arrows, warp, gradMap, editing, transport, estimateOverK);
    }

    public PlaneOptions withArrows(boolean on) {
        return new PlaneOptions(contours, interpolates, on, warp, gradMap, editing, transport, estimateOverK);
    }

    public PlaneOptions withWarp(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, on, gradMap, editing, transport, estimateOverK);
    }

    public PlaneOptions withGradMap(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, on, editing, transport, estimateOverK);
    }

    public PlaneOptions withTransport(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, gradMap, editing, on, estimateOverK);
    }

    public PlaneOptions withEstimateOverK(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, gradMap, editing, transport, on);
    }

    public PlaneOptions withEditing(boolean on) {
        return new PlaneOptions(contours, interpolates, arrows, warp, gradMap, on, transport, estimateOverK);
    }
}
