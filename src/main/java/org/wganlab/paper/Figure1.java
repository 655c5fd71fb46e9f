package org.wganlab.paper;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.export.FigureSet;
import org.wganlab.figures.Charts;
import org.wganlab.figures.Drawing;
import org.wganlab.figures.LayerProfile;
import org.wganlab.figures.PanelGrid;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.notation.MathText;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.Presets;
import org.wganlab.train.RunDriver;
import org.wganlab.train.Snapshot;
import org.wganlab.figures.LayerGradientsChart;

/**
 * Figure 1 of Gulrajani et al. (2017), as this app reproduces it.
 *
 * <p>(a): critics trained against a fixed generator (real + N(0, I)) for 2,000 iterations of 5
 * critic steps, the paper's "about 10,000", on 8gaussians, 25gaussians and the swiss roll; weight
 * clipping above, the penalty (lambda = 10) below. (b) left: the gradient of L_C with respect to
 * each hidden layer of a 12-layer ReLU critic on the swiss roll after 300 iterations, for
 * c = 0.1, 0.01, 0.001 and the penalty; (b) right: the weights of the c = 0.01 and the penalised
 * critics. Width 128 (the paper's toy code uses 512): each layer scales the backward signal by
 * about c sqrt(width / 2) once clipping has set the weights' size, so c = 0.1 explodes at 128 and
 * 512 (at 512 by ten orders of magnitude, a class waits minutes for it), while at width 64 it
 * falls; 128 shows the paper's shape in seconds.
 */
public final class Figure1 {
    public static final List<String> DATASETS = List.of("8gaussians", "25gaussians", "swissroll");
    public static final int FIXED_GENERATOR_ITERATIONS = 2000;
    public static final int DEPTH_ITERATIONS = 300;
    public static final int DEPTH_WIDTH = 128;

    /** A run a panel draws: what it is called in the legend, its settings and how long it trains. */
    public record Run(String label, RunSpec spec, int iterations) {
    }

    /** A run trained: its label and its last moment. */
    public record Trained(String label, Snapshot snapshot) {
    }

    /** Told as each run moves on: (run index, of how many, its label, iterations done, of how many). */
    public interface Progress {
        void at(int run, int runs, String label, int done, int of);
    }

    private Figure1() {
    }

    /** Panel (a): clipping on each dataset, then the penalty on each. */
    public static List<Run> fixedGeneratorRuns() {
        List<Run> out = new ArrayList<>();
        for (Method m : List.of(Method.CLIP, Method.GP)) {
            for (String ds : DATASETS) {
                RunSpec s = m == Method.CLIP ? Presets.byName("Figure 1(a): clipping vs. fixed generator, " + ds).spec()
                        : Presets.trainedFigure1aSpec().withData(DataSpec.named(ds));
                out.add(new Run(ds + (m == Method.CLIP ? ", weight clipping" : ", gradient penalty"), s, FIXED_GENERATOR_ITERATIONS));
            }
        }
        return out;
    }

    /** The 12-layer critic on the swiss roll, as panel (b) trains it with this method (and bound). */
    public static RunSpec deepCritic(Method method, double clip) {
        RunSpec s = RunSpec.defaults().withData(DataSpec.named("swissroll")).withHidden(DEPTH_WIDTH).withLayers(12).withSeed(0);
        return method == Method.CLIP ? s.withMethod(Method.CLIP).withLr(null).withClip(clip) : s.withMethod(Method.GP).withLambda(10).withLr(1e-4);
    }

    /** Panel (b): c = 0.1, 0.01, 0.001, then the penalty. */
    public static List<Run> depthRuns() {
        List<Run> out = new ArrayList<>();
        for (double c : new double[] {0.1, 0.01, 0.001}) out.add(new Run("weight clipping, c = " + c, deepCritic(Method.CLIP, c), DEPTH_ITERATIONS));
        out.add(new Run("gradient penalty", deepCritic(Method.GP, 0), DEPTH_ITERATIONS));
        return out;
    }

    /** Trains each run headless from its seed and keeps its last moment. */
    public static List<Trained> train(List<Run> runs, Progress progress) {
        List<Trained> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            try (RunDriver d = new RunDriver(r.spec(), 0, EvalSchedule.every(0))) {
                progress.at(i, runs.size(), r.label(), 0, r.iterations());
                for (int k = 1; k <= r.iterations() && d.divergence() == null; k++) {
                    d.iteration();
                    progress.at(i, runs.size(), r.label(), k, r.iterations());
                }
                if (d.divergence() != null) throw new IllegalStateException(r.label() + " diverged at iteration " + d.divergence().iteration());
                d.evaluateNow();
                out.add(new Trained(r.label(), d.snapshot()));
            }
        }
        return out;
    }

    /** Panel (a) from the six trained critics (clipping's three, then the penalty's). */
    public static Drawing panelA(List<Trained> six) {
        List<PlaneFigure> planes = new ArrayList<>();
        for (Trained t : six) {
            PlaneFigure options = new PlaneFigure();
            options.setOptions(PlaneOptions.DEFAULT);
            PlaneFigure p = FigureSet.of(t.snapshot(), options).plane();
            p.setHeading(t.label() + ", C(x) at iteration " + t.snapshot().iteration());
            p.update(t.snapshot());
            planes.add(p);
        }
        return new PanelGrid("Figure 1(a): critics trained against a fixed generator (real + N(0, I)), " + FIXED_GENERATOR_ITERATIONS * 5 + " critic steps",
                List.of("weight clipping", "gradient penalty"), 3, planes,
                MathText.parse("Clipped critics ($c = 0.01$) are flat-topped plateaus blind to the data; penalised critics ($\\lambda = 10$) follow it: they ring the 8 modes and bend with the grid and the roll."));
    }

    /** Panel (b) left from the four deep critics. */
    public static Drawing panelBLeft(List<Trained> four) {
        List<LayerProfile> profiles = new ArrayList<>();
        for (Trained t : four) profiles.add(new LayerProfile(t.label(), t.snapshot().norms().perLayer()));
        LayerGradientsChart chart = new LayerGradientsChart();
        chart.showOnly(profiles);
        chart.update(four.get(four.size() - 1).snapshot());
        return new PanelGrid("Figure 1(b), left: a 12-layer ReLU critic on the swiss roll, width " + DEPTH_WIDTH + ", after " + DEPTH_ITERATIONS + " iterations",
                List.of(""), 1, List.of(chart),
                MathText.parse("Clipping at $c = 0.1$ explodes toward the input, at $0.01$ and $0.001$ vanishes; the penalty stays within an order of magnitude."));
    }

    /** Panel (b) right: the weights of the c = 0.01 critic above, the penalised one below. */
    public static Drawing panelBRight(Trained clipped, Trained penalised) {
        List<Charts.Weights> charts = new ArrayList<>();
        for (Trained t : List.of(clipped, penalised)) {
            Charts.Weights w = new Charts.Weights();
            w.update(t.snapshot());
            charts.add(w);
        }
        return new PanelGrid("Figure 1(b), right: the critic's weights, 12 layers, swiss roll", List.of(clipped.label(), penalised.label()), 1, charts,
                MathText.parse("Clipping pushes the weights to the two ends of $[-c, c]$; the penalty leaves them spread out."));
    }
}
