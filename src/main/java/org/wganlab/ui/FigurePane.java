package org.wganlab.ui;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.nio.IntBuffer;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import org.wganlab.fonts.FallbackGraphics2D;
import org.wganlab.figures.Drawing;
import org.wganlab.figures.Figure;

/**
 * A resizable pane that shows a {@link Figure} drawn by its one Graphics2D routine, the
 * routine the exports use. Two ways to the screen: straight onto a canvas through
 * FXGraphics2D (with a GPU), or through Java2D into an image (when JavaFX renders in software,
 * as under Xvfb: there every antialiased path on a canvas costs a full software rasterisation
 * per frame, and the plane's thousand sample marks alone capped it near 10 frames a second).
 * The image's pixels are JavaFX's own ({@link PixelBuffer}, premultiplied ARGB ints, the
 * software pipeline's format): Java2D draws into the buffer the window shows, where copying
 * them into a JavaFX image converted every pixel of every frame on the UI thread, and drawing
 * that onto a canvas copied them once more.
 */
final class FigurePane extends Region {
    private final Drawing figure;
    private final Canvas canvas;
    private final Graphics2D g2;
    private final ImageView view;
    private final boolean viaImage;
    private BufferedImage image;
    private PixelBuffer<IntBuffer> pixels;
    private long redraws;
    private double lastDrawMs;

    FigurePane(Figure figure, boolean viaImage) {
        this(figure, figure.id(), viaImage);
    }

    FigurePane(Drawing figure, String id, boolean viaImage) {
        this.figure = figure;
        this.viaImage = viaImage;
        setId("view-" + id);
        if (viaImage) {
            canvas = null;
            g2 = null;
            view = new ImageView();
            getChildren().add(view);
        } else {
            canvas = new Canvas();
            g2 = new FallbackGraphics2D(new FXGraphics2D(canvas.getGraphicsContext2D()));
            view = null;
            getChildren().add(canvas);
        }
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
        if (canvas != null) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
        }
    }

    void redraw() {
        int w = (int) Math.floor(getWidth()), h = (int) Math.floor(getHeight());
        if (w < 2 || h < 2) return;
        long t0 = System.nanoTime();
        if (viaImage) {
            if (image == null || image.getWidth() != w || image.getHeight() != h) resize(w, h);
            // Drawn inside the update: the renderer reads the buffer only between updates.
            pixels.updateBuffer(b -> {
                Graphics2D g = image.createGraphics();
                try {
                    figure.draw(new FallbackGraphics2D(g), new Rectangle2D.Double(0, 0, w, h));
                } finally {
                    g.dispose();
                }
                return null; // all of it changed
            });
        } else {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            figure.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        }
        redraws++;
        lastDrawMs = (System.nanoTime() - t0) / 1e6;
    }

    /** A new shared buffer of w x h pixels: the image Java2D draws into and the one the view shows. */
    private void resize(int w, int h) {
        IntBuffer buffer = IntBuffer.allocate(w * h);
        pixels = new PixelBuffer<>(w, h, buffer, PixelFormat.getIntArgbPreInstance());
        image = premultipliedArgb(buffer.array(), w, h);
        view.setImage(new WritableImage(pixels));
    }

    /** A Java2D image over these ints, of the standard premultiplied ARGB type (its fast loops). */
    static BufferedImage premultipliedArgb(int[] px, int w, int h) {
        int[] masks = {0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000};
        DirectColorModel cm = new DirectColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), 32, masks[0], masks[1], masks[2], masks[3], true, DataBuffer.TYPE_INT);
        return new BufferedImage(cm, Raster.createPackedRaster(new DataBufferInt(px, px.length), w, h, w, masks, null), true, null);
    }
}
