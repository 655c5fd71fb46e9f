package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.config.RunSpec;
import org.wganlab.train.Trainer;

/** The warm-up's drawing draws a whole plane (heatmap, marks) off the FX thread, for both ways to the screen. */
class DrawingWarmupTest {
    @Test
    void drawsTheHeatmapAndTheMarksOfASnapshot() {
        Trainer t = new Trainer(RunSpec.defaults().withHidden(16).withBatch(64).withThreads(1));
        for (int i = 0; i < 5; i++) t.generatorIteration();
        for (boolean viaImage : new boolean[] {true, false}) {
            DrawingWarmup w = new DrawingWarmup(viaImage);
            w.accept(t.snapshot(List.of()));
            BufferedImage img = w.planeImage();
            int coloured = 0, fakeMarks = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y), r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                    if (Math.abs(r - b) > 40) coloured++; // the heatmap's reds and blues
                    if (Math.abs(r - 0xd8) < 12 && Math.abs(g - 0x1b) < 12 && Math.abs(b - 0x8c) < 12) fakeMarks++;
                }
            }
            assertTrue(coloured > img.getWidth() * img.getHeight() / 4, "the heatmap fills the plot: " + coloured);
            assertTrue(fakeMarks > 50, "generated samples are drawn: " + fakeMarks + " (via image: " + viaImage + ")");
        }
    }
}
