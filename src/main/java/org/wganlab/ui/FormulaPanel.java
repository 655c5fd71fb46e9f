package org.wganlab.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wganlab.config.Method;
import org.wganlab.i18n.Words;
import org.wganlab.notation.Numbers;
import org.wganlab.train.Snapshot;
import org.wganlab.train.StepMetrics;

/**
 * The current losses as the seeds write them (critic C, generator G, L_C, L_G, λ, c), typeset,
 * with the live numbers beside them as text. A formula is typeset once for its method and font
 * size, and the numbers change as the run goes.
 */
final class FormulaPanel extends VBox {
    /** One line: the typeset formula, its live values, and a note after them. */
    private static final class Line {
        final Text values = new Text(), note = new Text();
        ImageView formula;
        String source;
        double size;

        /** The formula typeset again only when it or the font size changed. */
        void show(String latex, Text like) {
            double s = like.getFont().getSize();
            if (Objects.equals(latex, source) && s == size) return;
            source = latex;
            size = s;
            formula = latex == null ? null : MathLabels.formula(latex, false, s, like.getFill());
        }
    }

    private final Line critic = new Line(), generator = new Line();
    private boolean presentation;
    private final Words words;

    FormulaPanel(Words words) {
        this.words = words;
        setId("formula");
        getStyleClass().add("formula");
        for (Line l : new Line[] {critic, generator}) {
            l.values.getStyleClass().add("formula-text");
            l.note.getStyleClass().addAll("formula-text", "formula-note");
        }
        critic.values.setId("formula-critic");
        generator.values.setId("formula-generator");
        arrange(false);
    }

    /**
     * At a desk each formula and its note share a line; in presentation mode the critic's note gets
     * a line of its own (wrapping text with x̂'s combining mark inside a flow misplaces words). The notes are nodes of their own: a narrow window wraps before a note,
     * never inside a formula.
     */
    void arrange(boolean presentation) {
        this.presentation = presentation;
        for (Node n : getChildren()) if (n instanceof TextFlow f) f.getChildren().clear();
        getChildren().clear();
        if (presentation) getChildren().addAll(flow(critic, false), noteOf(critic), flow(generator, true));
        else getChildren().addAll(flow(critic, true), flow(generator, true));
    }

    /** A line's formula and values, and its note when withNote. */
    private static TextFlow flow(Line l, boolean withNote) {
        TextFlow f = new TextFlow();
        if (l.formula != null) f.getChildren().add(l.formula);
        f.getChildren().add(l.values);
        if (withNote) f.getChildren().add(l.note);
        return bounded(f);
    }

    private static TextFlow noteOf(Line l) {
        return bounded(new TextFlow(l.note));
    }

    private static TextFlow bounded(TextFlow f) {
        // At most the panel's width, so a line wraps inside the window instead of running past its edge.
        f.setMinWidth(0);
        return f;
    }

    void update(Snapshot s) {
        StepMetrics m = s.last();
        Method method = s.spec().method();
        String w = m == null ? "…" : f(-m.wEstimate());
        String lc = m == null ? "…" : f(m.criticLoss());
        String lambda = f(s.spec().lambda());
        String pen = m == null ? "…" : f(m.penalty());
        String wasserstein = "L_C = \\mathbb{E}[C(G(z))] - \\mathbb{E}[C(x)]";
        switch (method) {
            case GP -> set(critic, wasserstein + " + \\lambda\\,\\mathbb{E}[(\\|\\nabla C(\\hat{x})\\|_2 - 1)^2]", "  =  " + w + " + " + pen + "  =  " + lc,
                    words.format("formula.gp.note", lambda));
            case LP -> set(critic, wasserstein + " + \\lambda\\,\\mathbb{E}[\\max(0, \\|\\nabla C(\\hat{x})\\|_2 - 1)^2]", "  =  " + w + " + " + pen + "  =  " + lc,
                    words.format("formula.lp.note", lambda));
            case CLIP -> set(critic, wasserstein, "  =  " + lc, words.format("formula.clip.note", f(s.spec().clip()))
                    + (m == null ? "" : "  " + words.format("formula.clip.atBound", 100 * m.clipFraction())));
            case NONE -> set(critic, wasserstein, "  =  " + lc, words.get("formula.none.note"));
            case GAN, MINIMAX -> set(critic, "L_D = -\\mathbb{E}[\\log\\sigma(D(x))] - \\mathbb{E}[\\log(1 - \\sigma(D(G(z))))]", "  =  " + lc, words.get("formula.gan.note"));
        }
        String lg = m == null || Double.isNaN(m.generatorLoss()) ? "… " + words.get("formula.noGeneratorStep") : f(m.generatorLoss());
        if (s.spec().fixedGenerator()) set(generator, null, words.get("formula.fixedGenerator"), "");
        else if (method == Method.GAN) set(generator, "L_G = -\\mathbb{E}[\\log\\sigma(D(G(z)))]", "  =  " + lg, words.get("formula.gan.generatorNote"));
        else if (method == Method.MINIMAX) set(generator, "L_G = \\mathbb{E}[\\log(1 - \\sigma(D(G(z))))]", "  =  " + lg, words.get("formula.minimax.generatorNote"));
        else set(generator, "L_G = -\\mathbb{E}[C(G(z))]", "  =  " + lg, "");
    }

    private void set(Line l, String latex, String values, String note) {
        ImageView before = l.formula;
        l.values.setText(unbroken(values));
        l.note.setText(note.isEmpty() ? "" : "      " + note);
        l.show(latex, l.values);
        if (l.formula != before) arrange(presentation);
    }

    /**
     * The text with its expressions held together: spaces inside a value or a note become
     * non-breaking, so a narrow window wraps between them, never mid-expression.
     */
    static String unbroken(String text) {
        StringBuilder b = new StringBuilder();
        String[] pieces = text.split(" {2}= {2}", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) b.append("  =  ");
            b.append(pieces[i].replace(' ', '\u00A0'));
        }
        return b.toString();
    }

    private static String f(double v) {
        if (Double.isNaN(v)) return "n/a";
        return Numbers.fixed(v, 4);
    }
}
