package org.wganlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.wganlab.figures.Drawing;

/**
 * Writes a figure as PNG, SVG or PDF by running its one drawing routine on the right
 * Graphics2D. Every file is written to a temporary file and moved into place only when
 * complete.
 */
public final class FigureWriter {
    private FigureWriter() {
    }

    /**
     * @param width  logical width (SVG user units, PDF points, PNG pixels before scaling)
     * @param scale  PNG only: pixels per logical unit, for high-DPI slides
     */
    public static void write(Drawing f, Format format, Path file, int width, int height, double scale) throws IOException {
        if (width < 16 || height < 16 || width > 20000 || height > 20000) {
            throw new IllegalArgumentException("figure size " + width + " x " + height + " is out of range (16 to 20000)");
        }
        switch (format) {
            case PNG -> AtomicFiles.write(file, out -> {
                if (!ImageIO.write(renderPng(f, width, height, scale), "png", out)) throw new IOException("no PNG writer available");
            });
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                // Hundredths of a unit are invisible at any zoom a slide needs, and a third of the bytes of full doubles.
                g.setGeomDoubleConverter(FigureWriter::twoDecimals);
                f.draw(g, new Rectangle2D.Double(0, 0, width, height));
                String svg = g.getSVGDocument();
                AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
            }
            case PDF -> {
                PDFDocument doc = new PDFDocument();
                doc.setTitle(f.title());
                doc.setAuthor("WGAN Lab");
                Page page = doc.createPage(new Rectangle2D.Double(0, 0, width, height));
                PDFGraphics2D g = page.getGraphics2D();
                // Outlines, not PDF base fonts: the labels use symbols (λ, ‖∇‖) the base fonts lack.
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                f.draw(g, new Rectangle2D.Double(0, 0, width, height));
                byte[] bytes = doc.getPDFBytes();
                AtomicFiles.write(file, out -> out.write(bytes));
            }
        }
    }

    static String twoDecimals(double v) {
        if (!Double.isFinite(v)) return "0";
        long r = Math.round(v * 100);
        String sign = r < 0 ? "-" : "";
        r = Math.abs(r);
        long whole = r / 100, frac = r % 100;
        if (frac == 0) return sign + whole;
        return sign + whole + (frac % 10 == 0 ? "." + frac / 10 : (frac < 10 ? ".0" + frac : "." + frac));
    }

    public static BufferedImage renderPng(Drawing f, int width, int height, double scale) {
        int pw = (int) Math.round(width * scale), ph = (int) Math.round(height * scale);
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.scale(scale, scale);
            f.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return img;
    }
}
