package org.wganlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.wganlab.figures.Drawing;
import org.wganlab.fonts.FallbackGraphics2D;

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
                g.setFontFunction(SvgFonts.fontFunction());
                f.draw(g, new Rectangle2D.Double(0, 0, width, height));
                String svg = SvgFonts.embed(g.getSVGDocument());
                AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
            }
            case PDF -> {
                byte[] bytes = pdf(f, width, height);
                AtomicFiles.write(file, out -> out.write(bytes));
            }
        }
    }

    /** One page of width x height points: the figure as vector graphics, its labels as text in embedded fonts. */
    static byte[] pdf(Drawing f, int width, int height) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(f.title());
            doc.getDocumentInformation().setAuthor("WGAN Lab");
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PDFormXObject form = PdfText.load(doc).form(width, height, g -> f.draw(g, new Rectangle2D.Double(0, 0, width, height)));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
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
            f.draw(new FallbackGraphics2D(g), new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return img;
    }
}
