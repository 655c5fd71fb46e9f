package org.wganlab.ui;

import java.util.Locale;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wganlab.config.Method;
import org.wganlab.train.Snapshot;
import org.wganlab.train.StepMetrics;

/** The current losses written as in the seeds (critic C, generator G, L_C, L_G, λ, c), with the live numbers. */
final class FormulaPanel extends VBox {
    private final Text critic = new Text();
    private final Text generator = new Text();

    FormulaPanel() {
        setId("formula");
        getStyleClass().add("formula");
        getChildren().addAll(new TextFlow(critic), new TextFlow(generator));
        critic.getStyleClass().add("formula-text");
        generator.getStyleClass().add("formula-text");
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
            case GAN -> critic.setText("L_D = −E[log σ(D(x))] − E[log(1 − σ(D(G(z))))]  =  " + lc + "      (standard GAN discriminator)");
        }
        String lg = m == null || Double.isNaN(m.generatorLoss()) ? "… (no generator step yet)" : f(m.generatorLoss());
        if (s.spec().fixedGenerator()) generator.setText("Generator fixed: fake = x + N(0, I); only the critic trains");
        else if (method == Method.GAN) generator.setText("L_G = −E[log σ(D(G(z)))]  =  " + lg + "      (non-saturating)");
        else generator.setText("L_G = −E[C(G(z))]  =  " + lg);
    }

    private static String f(double v) {
        if (Double.isNaN(v)) return "n/a";
        return String.format(Locale.ROOT, Math.abs(v) < 1e-3 && v != 0 ? "%.2e" : "%.4f", v);
    }
}
