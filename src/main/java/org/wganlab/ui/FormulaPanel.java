package org.wganlab.ui;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wganlab.config.Method;
import org.wganlab.train.Snapshot;
import org.wganlab.train.StepMetrics;

/** The current losses written as in the seeds (critic C, generator G, L_C, L_G, λ, c), with the live numbers. */
final class FormulaPanel extends VBox {
    private final Text critic = new Text();
    private final Text criticNote = new Text();
    private final Text generator = new Text();
    private final Text generatorNote = new Text();

    FormulaPanel() {
        setId("formula");
        getStyleClass().add("formula");
        // The notes are nodes of their own: a narrow window wraps before a note, never inside a formula.
        arrange(false);
        for (Text t : new Text[] {critic, criticNote, generator, generatorNote}) t.getStyleClass().add("formula-text");
        criticNote.getStyleClass().add("formula-note");
        generatorNote.getStyleClass().add("formula-note");
    }

    /**
     * At a desk each formula and its note share a line; in presentation mode the critic's note gets
     * a line of its own (wrapping text with x̂'s combining mark inside a flow misplaces words).
     */
    void arrange(boolean presentation) {
        for (Node n : getChildren()) if (n instanceof TextFlow f) f.getChildren().clear();
        getChildren().clear();
        if (presentation) {
            getChildren().addAll(flow(critic), flow(criticNote), flow(generator, generatorNote));
        } else {
            getChildren().addAll(flow(critic, criticNote), flow(generator, generatorNote));
        }
    }

    private static TextFlow flow(Text... texts) {
        TextFlow f = new TextFlow(texts);
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
        switch (method) {
            case GP -> critic.setText("L_C = E[C(G(z))] − E[C(x)] + λ·E[(‖∇C(x̂)‖₂ − 1)²]  =  " + w + " + " + pen + "  =  " + lc
                    + "      (λ = " + lambda + ", x̂ = αx + (1−α)G(z), α ~ U[0,1])");
            case LP -> critic.setText("L_C = E[C(G(z))] − E[C(x)] + λ·E[max(0, ‖∇C(x̂)‖₂ − 1)²]  =  " + w + " + " + pen + "  =  " + lc
                    + "      (λ = " + lambda + ", one-sided)");
            case CLIP -> critic.setText("L_C = E[C(G(z))] − E[C(x)]  =  " + lc + "      then every weight clipped to [−c, c], c = " + f(s.spec().clip())
                    + (m == null ? "" : String.format(Locale.ROOT, "  (%.0f%% of weights at ±c)", 100 * m.clipFraction())));
            case NONE -> critic.setText("L_C = E[C(G(z))] − E[C(x)]  =  " + lc + "      no Lipschitz constraint: nothing stops C from growing");
            case GAN, MINIMAX -> critic.setText("L_D = −E[log σ(D(x))] − E[log(1 − σ(D(G(z))))]  =  " + lc + "      (standard GAN discriminator)");
        }
        split(critic, criticNote);
        String lg = m == null || Double.isNaN(m.generatorLoss()) ? "… (no generator step yet)" : f(m.generatorLoss());
        if (s.spec().fixedGenerator()) generator.setText("Generator fixed: fake = x + N(0, I); only the critic trains");
        else if (method == Method.GAN) generator.setText("L_G = −E[log σ(D(G(z)))]  =  " + lg + "      (non-saturating)");
        else if (method == Method.MINIMAX) generator.setText("L_G = E[log(1 − σ(D(G(z))))]  =  " + lg + "      (the minimax game: vanishes where D rejects the fakes)");
        else generator.setText("L_G = −E[C(G(z))]  =  " + lg);
        split(generator, generatorNote);
    }

    /** Moves what follows the formula and its value (after six spaces) into the note. */
    private static void split(Text formula, Text note) {
        String t = formula.getText();
        int i = t.indexOf("      ");
        formula.setText(unbroken(i < 0 ? t : t.substring(0, i)));
        note.setText(i < 0 ? "" : "      " + t.substring(i + 6));
    }

    /**
     * The text with its expressions held together: spaces inside a formula, a value or a note
     * become non-breaking, so a narrow window wraps between them, never mid-expression.
     */
    static String unbroken(String text) {
        StringBuilder b = new StringBuilder();
        String[] parts = text.split(" {6}");
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) b.append("      ");
            String[] pieces = parts[p].split(" {2}= {2}");
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) b.append("  =  ");
                b.append(pieces[i].replace(' ', '\u00A0'));
            }
        }
        return b.toString();
    }

    private static String f(double v) {
        if (Double.isNaN(v)) return "n/a";
        return String.format(Locale.ROOT, Math.abs(v) < 1e-3 && v != 0 ? "%.2e" : "%.4f", v);
    }
}
