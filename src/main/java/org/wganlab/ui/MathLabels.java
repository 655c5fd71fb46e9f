package org.wganlab.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.wganlab.i18n.TextDirection;
import org.wganlab.notation.MathLine;
import org.wganlab.notation.MathText;

/**
 * A label that shows a lesson's words with their formulas typeset (JLaTeXMath): the words as
 * text, each formula an image at the label's font size, in one flow that wraps with the label.
 * Text without formulas stays the label's own text.
 */
final class MathLabels {
    /** Formulas are drawn at this multiple of the screen's pixels, then shown at one: sharp on a projector's scaling too. */
    private static final int OVERSAMPLE = 2;

    private MathLabels() {
    }

    /**
     * The label shows text, its formulas wrapped within width (the panel's, not the label's own:
     * the label's width follows what it shows); its getText() is the text, formulas as their source.
     */
    static void show(Label label, String text, ObservableDoubleValue width) {
        MathText math = MathText.parse(text);
        label.setText(math.plain());
        // An Arabic or Hebrew paragraph reads from the right: its first line starts there, its
        // full stop and brackets fall where its reader expects them. The words and formulas inherit it.
        label.setNodeOrientation(TextDirection.rightToLeft(math.plain()) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (!math.hasMath() && !ScreenFallback.needed(math.plain())) {
            label.setGraphic(null);
            label.setContentDisplay(ContentDisplay.LEFT);
            return;
        }
        TextFlow flow = new TextFlow();
        flow.getChildren().setAll(nodes(math, label.getFont(), label.getTextFill()));
        flow.prefWidthProperty().bind(width);
        flow.maxWidthProperty().bind(width);
        label.setGraphic(flow);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * A one-line label's words (a heading), with what the machine's fonts cannot show in the
     * bundled fallback; getText() stays the words.
     */
    static void showLine(Label label, String words) {
        label.setText(words);
        if (!ScreenFallback.needed(words)) {
            label.setGraphic(null);
            label.setContentDisplay(ContentDisplay.LEFT);
            return;
        }
        label.setGraphic(new TextFlow(ScreenFallback.texts(words, label.getFont(), label.getTextFill(), ScreenFallback.MACHINE).toArray(Node[]::new)));
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** The words as text in this font and fill, each formula an image at the font's size: the pieces of a flow. */
    static List<Node> nodes(MathText math, Font font, Paint fill) {
        return nodes(math, font, fill, ScreenFallback.MACHINE);
    }

    /** As above, with what shown lacks in the bundled fallback. */
    static List<Node> nodes(MathText math, Font font, Paint fill, java.util.function.IntPredicate shown) {
        List<Node> out = new ArrayList<>();
        boolean afterDisplay = false;
        for (MathText.Part p : math.parts()) {
            if (p.kind() == MathText.Kind.PLAIN) {
                // A display formula ends its line: the words after it start the next one, not a space.
                out.addAll(ScreenFallback.texts(afterDisplay ? p.text().stripLeading() : p.text(), font, fill, shown));
            } else {
                if (p.kind() == MathText.Kind.DISPLAY) out.add(new Text("\n"));
                out.add(formula(p.text(), p.kind() == MathText.Kind.DISPLAY, font.getSize(), fill));
                if (p.kind() == MathText.Kind.DISPLAY) out.add(new Text("\n"));
            }
            afterDisplay = p.kind() == MathText.Kind.DISPLAY;
        }
        return out;
    }

    /** One formula typeset as an image for the screen at this font size, in this colour, its baseline on the text's. */
    static ImageView formula(String source, boolean display, double size, Paint fill) {
        TeXIcon icon = MathLine.typeset(source, display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                (float) (size * OVERSAMPLE * (display ? 1.2 : MathLine.INLINE_SCALE)));
        javafx.scene.paint.Color c = fill instanceof javafx.scene.paint.Color fx ? fx : javafx.scene.paint.Color.BLACK;
        icon.setForeground(new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue()));
        // The box is the glyphs' own (no margin, so the formula sits on the baseline); a few
        // pixels round it keep ink that reaches past the box (a slanted letter) from being cut.
        int pad = OVERSAMPLE;
        BufferedImage img = new BufferedImage(Math.max(1, icon.getIconWidth()) + 2 * pad, Math.max(1, icon.getIconHeight()) + 2 * pad, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, pad, pad);
        g.dispose();
        Formula view = new Formula(SwingFXUtils.toFXImage(img, null), (pad + icon.getIconHeight() - icon.getIconDepth()) / (double) OVERSAMPLE);
        view.setFitWidth(img.getWidth() / (double) OVERSAMPLE);
        view.setFitHeight(img.getHeight() / (double) OVERSAMPLE);
        return view;
    }

    /**
     * A typeset formula whose baseline is its own, not its bottom edge: a flow sets it on the
     * words' baseline and makes room for what hangs below (the limits under an inf). Shifted
     * down by hand instead, a display formula with limits ran into the line after it.
     */
    static final class Formula extends ImageView {
        private final double baseline;

        Formula(javafx.scene.image.Image image, double baseline) {
            super(image);
            this.baseline = baseline;
        }

        @Override
        public double getBaselineOffset() {
            return baseline;
        }
    }
}
