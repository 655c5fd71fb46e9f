package org.wganlab.figures;

import java.util.function.Function;

/**
 * One view the app shows and exports, declared once in {@link Views}: its id (the file-name
 * stem and the command line's name for it), its menu title, its default export size, and how
 * to make its figure (the plane is shared, so overlays set on screen are the ones exported).
 */
public record View(String id, String title, int width, int height, Function<PlaneFigure, Figure> make) {
    public Figure figure(PlaneFigure plane) {
        return make.apply(plane);
    }

    public int[] size() {
        return new int[] {width, height};
    }
}
