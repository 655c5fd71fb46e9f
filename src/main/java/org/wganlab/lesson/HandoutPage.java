package org.wganlab.lesson;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.PdfCanvas;
import org.wganlab.export.PdfText;
import org.wganlab.export.PdfText.Style;
import org.wganlab.figures.Figure;
import org.wganlab.notation.MathText;

/**
 * The handout's pages, A4 landscape: the step's title, its text and what to watch as PDF text
 * in embedded fonts (selectable, searchable, what pdftotext extracts, in any script:
 * {@link PdfText}), then the plane and the step's first two charts drawn as vector graphics.
 * Positions are measured from the top of the page, as the figures draw; PDF's y runs up.
 */
final class HandoutPage {
    static final double WIDTH = 842, HEIGHT = 595, MARGIN = 36;
    private static final float TITLE = 20, BODY = 11, SMALL = 9;
    private static final Color FAILS = new Color(0xB0, 0x30, 0x20), HOLDS = new Color(0x1B, 0x6E, 0x20);

    /** One step's page: its number, the step, the iteration its figures show, a note (a divergence) or null, the figures, its claims as read. */
    record StepPage(int number, LessonStep step, int iteration, String note, List<Figure> figures, List<ClaimResult> claims) {
    }

    /** A page being written: its canvas and the fonts. */
    record Page(PDDocument doc, PdfCanvas canvas, PdfText text) {
        /** One line with its baseline y below the page's top, in the text's measure from x (right-aligned when it reads right to left). */
        void line(String s, Style style, float size, Color color, double x, double y) throws IOException {
            canvas.stream().setNonStrokingColor(color);
            text.draw(canvas, s, style, size, (float) x, (float) (HEIGHT - y), (float) (WIDTH - 2 * MARGIN));
        }

        /** A run of words whose left end is at x, whichever way it reads (a paragraph's line sets its runs itself). */
        void lineAt(String s, Style style, float size, Color color, double x, double y) throws IOException {
            canvas.stream().setNonStrokingColor(color);
            text.drawAt(canvas, s, style, size, (float) x, (float) (HEIGHT - y));
        }

        /**
         * A Graphics2D drawing of w x h as vector graphics, its top left corner at (x, top) below
         * the page's top, scaled by scale; its labels go in as text in the page's fonts.
         */
        void vector(double x, double top, float w, float h, double scale, Consumer<Graphics2D> drawing) throws IOException {
            PDFormXObject form = text.form(w, h, drawing);
            PDPageContentStream cs = canvas.stream();
            cs.saveGraphicsState();
            cs.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) x, (float) (HEIGHT - top - h * scale)));
            cs.drawForm(form);
            cs.restoreGraphicsState();
        }
    }

    private HandoutPage() {
    }

    static void writePdf(Lesson lesson, List<StepPage> pages, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(lesson.title());
            doc.getDocumentInformation().setAuthor("WGAN Lab");
            PdfText text = PdfText.load(doc);
            for (StepPage p : pages) {
                PDPage page = new PDPage(new PDRectangle((float) WIDTH, (float) HEIGHT));
                doc.addPage(page);
                try (PdfCanvas canvas = new PdfCanvas(doc, page)) {
                    draw(new Page(doc, canvas, text), lesson, p, pages.size());
                }
            }
            AtomicFiles.write(file, doc::save);
        }
    }

    private static void draw(Page g, Lesson lesson, StepPage p, int of) throws IOException {
        double width = WIDTH - 2 * MARGIN;
        g.line(lesson.title() + "  –  step " + p.number() + " of " + of + "  –  figures at iteration " + p.iteration(), Style.REGULAR, SMALL, Color.GRAY, MARGIN, MARGIN - 8);
        double y = MARGIN + 20;
        g.line(p.step().title(), Style.BOLD, TITLE, Color.BLACK, MARGIN, y);
        y += 22;
        y = lessonText(g, Style.REGULAR, p.step().text(), MARGIN, y, width);
        if (!p.step().pointAt().isEmpty()) y = lessonText(g, Style.ITALIC, "Watch: " + p.step().pointAt(), MARGIN, y + 4, width);
        if (!p.claims().isEmpty()) y = claims(g, p.claims(), MARGIN, y + 2, width);
        if (p.note() != null) y = paragraph(g, Style.REGULAR, BODY, FAILS, p.note(), MARGIN, y + 4, width);
        figures(g, p.figures(), MARGIN, y + 8, width, HEIGHT - MARGIN - (y + 8));
    }

    /** The plane on the left, up to two charts stacked on its right, as large as the space allows. */
    private static void figures(Page g, List<Figure> figures, double x, double y, double width, double height) throws IOException {
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
    private static void drawScaled(Page g, Figure f, double x, double y, double w, double h) throws IOException {
        double k = 1.5;
        g.vector(x, y, (float) (w * k), (float) (h * k), 1 / k, fg -> f.draw(fg, new Rectangle2D.Double(0, 0, w * k, h * k)));
    }

    /** Each claim on a line with the value this run reached: the page says what was checked, and a failure shows in red. */
    private static double claims(Page g, List<ClaimResult> claims, double x, double y, double width) throws IOException {
        double yy = y;
        for (ClaimResult c : claims) {
            // The claim in the seeds' notation between words the app wrote (kept as they are).
            MathText line = MathText.parse(MathText.literal(c.holds() ? "[holds] " : "[FAILS] ") + c.claim().notation()
                    + MathText.literal(" (this run: " + c.valueText() + ")"));
            yy = MathParagraph.draw(g, Style.REGULAR, SMALL, c.holds() ? HOLDS : FAILS, line, x, yy, width) - SMALL * 0.5;
        }
        return yy + SMALL * 0.6;
    }

    /** A lesson's own words, which may carry formulas ($...$, $$...$$: {@link MathText}); from y down, returns the y below. */
    private static double lessonText(Page g, Style style, String text, double x, double y, double width) throws IOException {
        return MathParagraph.draw(g, style, BODY, Color.BLACK, MathText.parse(text), x, y, width);
    }

    /** Words without formulas (a note), wrapped from y down; returns the y below it. */
    private static double paragraph(Page g, Style style, float size, Color color, String text, double x, double y, double width) throws IOException {
        return MathParagraph.draw(g, style, size, color, MathText.words(text), x, y, width);
    }
}
