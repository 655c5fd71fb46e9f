package org.wganlab.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wganlab.autodiff.Rng;
import org.wganlab.train.EvalResult;
import org.wganlab.train.StepMetrics;
import org.wganlab.train.TrainEvent;
import org.wganlab.train.TrainerState;

/**
 * state.json of a saved session: where the run stands (iteration, step counts, random
 * streams, optimizer step counts and rates), its events, evaluations and last readings. The
 * tensors are .npy files beside it. Doubles are written so they read back bit for bit; NaN,
 * which JSON lacks, as null.
 */
final class StateJson {
    private StateJson() {
    }

    /** The file's form, as Jackson reads and writes it. */
    static final class File {
        public String format;
        public Integer version;
        public String app;
        public Integer iteration;
        public Integer phase;
        @JsonProperty("schedule_start") public Integer scheduleStart;
        @JsonProperty("critic_steps") public Long criticSteps;
        @JsonProperty("generator_steps") public Long generatorSteps;
        @JsonProperty("generator_loss") public Double generatorLoss;
        /** Each stream's SplitMix64 state: [seed, gamma]. */
        public Map<String, long[]> rngs;
        @JsonProperty("critic_optimizer") public Optimizer criticOptimizer;
        @JsonProperty("generator_optimizer") public Optimizer generatorOptimizer;
        @JsonProperty("history_stride") public Integer historyStride;
        /** history.npy's columns by name: "iteration", then the series (files before these names: {@link SessionFile#LEGACY_HISTORY_COLUMNS}). */
        @JsonProperty("history_columns") public List<String> historyColumns;
        /** config.json writes the optimizer and rate resolved; these say whether they follow the method (switch with it) rather than being set. */
        @JsonProperty("optimizer_follows_method") public Boolean optimizerFollowsMethod;
        @JsonProperty("lr_follows_method") public Boolean lrFollowsMethod;
        public List<Event> events;
        public List<Evaluation> evaluations;
        public Metrics last;
    }

    static final class Optimizer {
        public Integer steps;
        @JsonProperty("learning_rate") public Float learningRate;
        /** The names of its per-parameter arrays, stored as optimizer/NETWORK/NAME/layerI.weight.npy. */
        public List<String> slots;
    }

    static final class Event {
        public Integer iteration;
        public String description;
    }

    static final class Evaluation {
        public Integer iteration;
        public Integer samples;
        public Double w1;
        @JsonProperty("modes_covered") public Integer modesCovered;
        @JsonProperty("modes_total") public Integer modesTotal;
        @JsonProperty("hq_fraction") public Double hqFraction;
        @JsonProperty("within_0.1_fraction") public Double within01Fraction;
        public Double seconds;
        /** Absent in sessions saved before it was measured: read as NaN. */
        public Double lipschitz;
    }

    static final class Metrics {
        public Integer iteration;
        @JsonProperty("critic_loss") public Double criticLoss;
        @JsonProperty("generator_loss") public Double generatorLoss;
        @JsonProperty("w_estimate") public Double wEstimate;
        public Double penalty;
        @JsonProperty("grad_norm_real_mean") public Double gradNormReal;
        @JsonProperty("grad_norm_fake_mean") public Double gradNormFake;
        @JsonProperty("grad_norm_interp_mean") public Double gradNormInterp;
        @JsonProperty("clip_fraction") public Double clipFraction;
        @JsonProperty("layer_grad_norms") public List<Double> layerGradNorms;
        @JsonProperty("critic_ms") public Double criticMs;
        @JsonProperty("generator_ms") public Double generatorMs;
    }

    static Double out(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static double in(Double v) {
        return v == null ? Double.NaN : v;
    }

    static <T> T required(T v, String key) {
        if (v == null) throw SessionException.notASession("state.json: \"" + key + "\" is missing");
        return v;
    }

    static List<Event> events(List<TrainEvent> events) {
        List<Event> out = new ArrayList<>();
        for (TrainEvent e : events) {
            Event r = new Event();
            r.iteration = e.iteration();
            r.description = e.description();
            out.add(r);
        }
        return out;
    }

    static List<TrainEvent> events(File f) {
        List<TrainEvent> out = new ArrayList<>();
        for (Event e : required(f.events, "events")) out.add(new TrainEvent(required(e.iteration, "events[].iteration"), required(e.description, "events[].description")));
        return out;
    }

    static List<Evaluation> evaluations(List<EvalResult> evals) {
        List<Evaluation> out = new ArrayList<>();
        for (EvalResult e : evals) {
            Evaluation r = new Evaluation();
            r.iteration = e.iteration();
            r.samples = e.samples();
            r.w1 = out(e.w1());
            r.modesCovered = e.modesCovered();
            r.modesTotal = e.modesTotal();
            r.hqFraction = out(e.hqFraction());
            r.within01Fraction = out(e.within01Fraction());
            r.seconds = out(e.seconds());
            r.lipschitz = out(e.lipschitz());
            out.add(r);
        }
        return out;
    }

    static List<EvalResult> evaluations(File f) {
        List<EvalResult> out = new ArrayList<>();
        for (Evaluation e : required(f.evaluations, "evaluations")) {
            out.add(new EvalResult(required(e.iteration, "evaluations[].iteration"), required(e.samples, "evaluations[].samples"), in(e.w1),
                    required(e.modesCovered, "evaluations[].modes_covered"), required(e.modesTotal, "evaluations[].modes_total"),
                    in(e.hqFraction), in(e.within01Fraction), in(e.seconds), in(e.lipschitz)));
        }
        return out;
    }

    static Metrics metrics(StepMetrics m) {
        if (m == null) return null;
        Metrics r = new Metrics();
        r.iteration = m.iteration();
        r.criticLoss = out(m.criticLoss());
        r.generatorLoss = out(m.generatorLoss());
        r.wEstimate = out(m.wEstimate());
        r.penalty = out(m.penalty());
        r.gradNormReal = out(m.gradNormRealMean());
        r.gradNormFake = out(m.gradNormFakeMean());
        r.gradNormInterp = out(m.gradNormInterpMean());
        r.clipFraction = out(m.clipFraction());
        r.layerGradNorms = new ArrayList<>();
        for (double g : m.layerGradNorms()) r.layerGradNorms.add(out(g));
        r.criticMs = out(m.criticMs());
        r.generatorMs = out(m.generatorMs());
        return r;
    }

    static StepMetrics metrics(Metrics r) {
        if (r == null) return null;
        List<Double> layers = required(r.layerGradNorms, "last.layer_grad_norms");
        double[] g = new double[layers.size()];
        for (int i = 0; i < g.length; i++) g[i] = in(layers.get(i));
        return new StepMetrics(required(r.iteration, "last.iteration"), in(r.criticLoss), in(r.generatorLoss), in(r.wEstimate), in(r.penalty),
                in(r.gradNormReal), in(r.gradNormFake), in(r.gradNormInterp), in(r.clipFraction), g, in(r.criticMs), in(r.generatorMs));
    }

    static Map<String, long[]> rngs(Map<String, Rng.State> states) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (String name : TrainerState.STREAMS) {
            Rng.State s = states.get(name);
            out.put(name, new long[] {s.seed(), s.gamma()});
        }
        return out;
    }
}
