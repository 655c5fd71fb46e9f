package org.wganlab.figures;

import java.util.function.Function;
import org.wganlab.i18n.Words;

/**
 * One view the app shows and exports, declared once in {@link Views}: its id (the file-name
 * stem and the command line's name for it), the key of its menu title among the window's
 * {@link Words}, its default export size, and how to make its figure (the plane is shared, so
 * overlays set on screen are the ones exported, and its language is the figure's).
 */
public record View(String id, String titleKey, int width, int height, Function<PlaneFigure, Figure> make) {
    /** The menu title in these words. */
    public String title(Words words) {
        return words.get(titleKey);
    }

    public Figure figure(PlaneFigure plane) {
        return make.apply(plane);
    }

    public int[] size() {
        return new int[] {width, height};
    }
}
