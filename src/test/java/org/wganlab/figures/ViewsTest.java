package org.wganlab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.data.Datasets;
import org.wganlab.nn.MlpEvaluator;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Trainer;

class ViewsTest {
    @Test
    void eachViewIsDeclaredOnceAndItsFigureCarriesItsId() {
        Set<String> ids = new HashSet<>(Views.ids());
        assertEquals(Views.ALL.size(), ids.size(), "ids are unique");
        PlaneFigure plane = new PlaneFigure();
        List<Figure> figures = Views.figures(plane);
        for (int i = 0; i < figures.size(); i++) assertEquals(Views.ALL.get(i).id(), figures.get(i).id());
        assertTrue(figures.get(0) == plane, "the plane is shared, so its overlays are the ones exported");
        assertEquals(Views.DASHBOARD_SIZE[0], Views.sizeOf(Views.DASHBOARD_ID)[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Views.byId("heatmap"));
        assertTrue(e.getMessage().contains("grad-norms"), e.getMessage());
    }

    /** Draws every view of a short run into an image for every method and dataset: no exception, and not blank. */
    @Test
    void everyViewDrawsForEveryMethodAndDataset() {
        for (Method m : Method.values()) {
            for (String ds : Datasets.NAMES) {
                Snapshot s = shortRun(RunSpec.defaults().withMethod(m).withData(DataSpec.named(ds)).withHidden(16).withBatch(32).withThreads(1), 3);
                PlaneFigure plane = new PlaneFigure();
                plane.update(s);
                plane.setGrid(CriticGrid.compute(s.critic(), s.generator(), 24, -PlaneFigure.RANGE, PlaneFigure.RANGE, false, new MlpEvaluator()));
                for (Figure f : Views.figures(plane)) {
                    if (f != plane) f.update(s);
                    BufferedImage img = draw(f, 320, 240);
                    assertTrue(colours(img) > 3, f.id() + " for " + m.id + " on " + ds + " looks blank");
                }
            }
        }
    }

    static Snapshot shortRun(RunSpec spec, int iters) {
        Trainer t = new Trainer(spec);
        for (int i = 0; i < iters; i++) t.generatorIteration();
        return t.snapshot(List.of());
    }

    static BufferedImage draw(Figure f, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        f.draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        return img;
    }

    /** Distinct colours in a coarse sample of the image: a blank or one-colour image has 1. */
    static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
