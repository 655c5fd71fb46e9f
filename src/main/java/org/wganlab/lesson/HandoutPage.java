package org.wganlab.lesson;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.wganlab.export.AtomicFiles;
import org.wganlab.figures.Figure;

/**
 * The handout's pages, A4 landscape: the step's title, its text and what to watch as PDF text
 * (selectable, searchable, what pdftotext extracts), then the plane and the step's first two
 * charts drawn as vector graphics.
 */
final class HandoutPage {
    static final double WIDTH = 842, HEIGHT = 595, MARGIN = 36;
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 20);
    private static final Font BODY = new Font("SansSerif", Font.PLAIN, 11);
    private static final Font WATCH = new Font("SansSerif", Font.ITALIC, 11);
    private static final Font SMALL = new Font("SansSerif", Font.PLAIN, 9);

    /** One step's page: its number, the step, the iteration its figures show, a note (a divergence) or null, the figures, its claims as read. */
    record StepPage(int number, LessonStep step, int iteration, String note, List<Figure> figures, List<ClaimResult> claims) {
    }

    private HandoutPage() {
    }

    static void writePdf(Lesson lesson, List<StepPage> pages, Path file) throws IOException {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(escaped(pdfText(lesson.title())));
        doc.setAuthor("WGAN Lab");
        for (StepPage p : pages) draw(doc.createPage(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT)).getGraphics2D(), lesson, p, pages.size());
        byte[] bytes = doc.getPDFBytes();
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static void draw(PDFGraphics2D g, Lesson lesson, StepPage p, int of) {
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        double width = WIDTH - 2 * MARGIN;
        g.setColor(Color.GRAY);
        g.setFont(SMALL);
        g.drawString(escaped(pdfText(lesson.title() + "  -  step " + p.number() + " of " + of + "  -  figures at iteration " + p.iteration())), (float) MARGIN, (float) (MARGIN - 8));
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        double y = MARGIN + 20;
        g.drawString(escaped(pdfText(p.step().title())), (float) MARGIN, (float) y);
        y += 22;
        y = paragraph(g, BODY, p.step().text(), MARGIN, y, width);
        if (!p.step().pointAt().isEmpty()) y = paragraph(g, WATCH, "Watch: " + p.step().pointAt(), MARGIN, y + 4, width);
        if (!p.claims().isEmpty()) y = claims(g, p.claims(), MARGIN, y + 2, width);
        if (p.note() != null) {
            g.setColor(new Color(0xB0, 0x30, 0x20));
            y = paragraph(g, BODY, p.note(), MARGIN, y + 4, width);
            g.setColor(Color.BLACK);
        }
        // The figures' labels use symbols (lambda, nabla, norms) the PDF base fonts lack: drawn as outlines.
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        figures(g, p.figures(), MARGIN, y + 8, width, HEIGHT - MARGIN - (y + 8));
    }

    /** The plane on the left, up to two charts stacked on its right, as large as the space allows. */
    private static void figures(PDFGraphics2D g, List<Figure> figures, double x, double y, double width, double height) {
        if (figures.isEmpty() || height < 60) return;
        int charts = Math.min(2, figures.size() - 1);
        double chartAspect = 800.0 / 520, planeAspect = 820.0 / 760;
        double h = height;
        // Plane width h * planeAspect, each chart (h / charts) high: shrink h until the row fits.
        while (h > 60 && h * planeAspect + (charts > 0 ? 10 + h / charts * chartAspect : 0) > width) h -= 4;
        double pw = h * planeAspect;
        drawScaled(g, figures.get(0), x, y, pw, h);
        double ch = charts == 0 ? 0 : h / charts;
        for (int c = 0; c < charts; c++) {
            drawScaled(g, figures.get(1 + c), x + pw + 10, y + c * ch, ch * chartAspect, ch - (c + 1 < charts ? 6 : 0));
        }
    }

    /** Drawn at 1.5 times the slot and scaled down: a figure's titles and labels are sized for a screen, a page slot is smaller. */
    private static void drawScaled(PDFGraphics2D g, Figure f, double x, double y, double w, double h) {
        double k = 1.5;
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(1 / k, 1 / k);
        f.draw(g, new Rectangle2D.Double(0, 0, w * k, h * k));
        g.setTransform(saved);
    }

    /** Each claim on a line with the value this run reached: the page says what was checked, and a failure shows in red. */
    private static double claims(PDFGraphics2D g, List<ClaimResult> claims, double x, double y, double width) {
        double yy = y;
        for (ClaimResult c : claims) {
            g.setColor(c.holds() ? new Color(0x1B, 0x6E, 0x20) : new Color(0xB0, 0x30, 0x20));
            yy = paragraph(g, SMALL, (c.holds() ? "[holds] " : "[FAILS] ") + c.claim().text() + " (this run: " + c.valueText() + ")", x, yy, width) - SMALL.getSize() * 0.5;
        }
        g.setColor(Color.BLACK);
        return yy + SMALL.getSize() * 0.6;
    }

    /** Wrapped text from y down; returns the y below it. */
    private static double paragraph(PDFGraphics2D g, Font font, String text, double x, double y, double width) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double line = font.getSize() * 1.35;
        for (String l : wrap(pdfText(text), fm, width)) {
            y += line;
            g.drawString(escaped(l), (float) x, (float) y);
        }
        return y + line * 0.4;
    }

    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String next = cur.length() == 0 ? word : cur + " " + word;
            if (fm.stringWidth(next) > width && cur.length() > 0) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(next);
            }
        }
        if (cur.length() > 0) lines.add(cur.toString());
        return lines;
    }

    /**
     * A line as a PDF literal string needs it: JFreePDF writes the text between parentheses as
     * given, so a parenthesis a wrapped line leaves open (or a backslash) would end the string early.
     */
    static String escaped(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    /**
     * Text the PDF base fonts can show: they cover Latin-1, so the few symbols lessons are
     * tempted to use are spelled out, and anything else beyond Latin-1 becomes '?'.
     */
    static String pdfText(String s) {
        String t = s.replace("λ", "lambda").replace("∇", "grad ").replace("‖", "||").replace("→", "->").replace("≤", "<=").replace("≥", ">=")
                .replace("–", "-").replace("—", "-").replace("’", "'").replace("“", "\"").replace("”", "\"").replace("…", "...");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(c < 256 ? c : '?');
        }
        return b.toString();
    }
}
