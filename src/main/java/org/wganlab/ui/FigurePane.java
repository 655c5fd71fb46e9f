package org.wganlab.ui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import org.wganlab.figures.Drawing;
import org.wganlab.figures.Figure;

/**
 * A resizable canvas that shows a {@link Figure} drawn by its one Graphics2D routine, the
 * routine the exports use. Two ways to the screen: straight onto the canvas through
 * FXGraphics2D (with a GPU), or through Java2D into an image shown in one blit (when JavaFX
 * renders in software, as under Xvfb: there every antialiased path on a canvas costs a full
 * software rasterisation per frame, and the plane's thousand sample marks alone capped it
 * near 10 frames a second; the blit keeps it above 25).
 */
final class FigurePane extends Region {
    private final Drawing figure;
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private final boolean viaImage;
    private BufferedImage image;
    private WritableImage fxImage;
    private long redraws;
    private double lastDrawMs;

    FigurePane(Figure figure, boolean viaImage) {
        this(figure, figure.id(), viaImage);
    }

    FigurePane(Drawing figure, String id, boolean viaImage) {
        this.figure = figure;
        this.viaImage = viaImage;
        setId("view-" + id);
        getChildren().add(canvas);
        g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        setMinSize(120, 100);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    double lastDrawMs() {
        return lastDrawMs;
    }

    long redraws() {
        return redraws;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    void redraw() {
        int w = (int) Math.floor(getWidth()), h = (int) Math.floor(getHeight());
        if (w < 2 || h < 2) return;
        long t0 = System.nanoTime();
        canvas.setWidth(w);
        canvas.setHeight(h);
        if (viaImage) {
            if (image == null || image.getWidth() != w || image.getHeight() != h) {
                image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
                fxImage = new WritableImage(w, h);
            }
            Graphics2D g = image.createGraphics();
            try {
                figure.draw(g, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g.dispose();
            }
            int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            fxImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), px, 0, w);
            canvas.getGraphicsContext2D().drawImage(fxImage, 0, 0);
        } else {
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            figure.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        }
        redraws++;
        lastDrawMs = (System.nanoTime() - t0) / 1e6;
    }
}
