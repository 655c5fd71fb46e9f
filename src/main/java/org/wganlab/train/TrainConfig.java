package org.wganlab.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wganlab.config.Json;
import org.wganlab.config.Json.JsonException;
import org.wganlab.data.Datasets;
import org.wganlab.data.Distribution;
import org.wganlab.data.GaussianMixture;
import org.wganlab.nn.Activation;

/**
 * Every setting of a run. Written to and read from config.json; the app's controls edit a copy
 * and hand it to the engine, which applies the differences at the next step.
 */
public final class TrainConfig {
    /** A built-in dataset name, or "mixture" with {@link #mixture} set. */
    public String dataset = "8gaussians";
    public GaussianMixture mixture;
    public Method method = Method.GP;
    public int hidden = 128;
    public int layers = 3;
    public Activation activation = Activation.RELU;
    public int batch = 256;
    public int criticIters = 5;
    public double lambda = 0.1;
    public double clip = 0.01;
    /** null: the method's default (adam for penalties, rmsprop for clipping). */
    public String optimizer;
    /** null: the method's default learning rate. */
    public Double lr;
    /** Iterations over which the learning rate falls linearly to {@link #LR_FLOOR} of itself; 0: constant. */
    public int lrDecay = 0;
    public static final double LR_FLOOR = 0.1;
    public double adamBeta1 = 0.5;
    public double adamBeta2 = 0.9;
    public int iters = 2000;
    public long seed = 0;
    /** 0: every core. */
    public int threads = 0;
    public boolean fixedGenerator = false;
    /** Exact-W1 evaluation every N generator iterations; 0: only at the end. */
    public int evalEvery = 0;
    public int evalSamples = 1000;

    public TrainConfig copy() {
        return fromJson(toJson());
    }

    public String resolvedOptimizer() {
        return optimizer != null ? optimizer : method.defaultOptimizer;
    }

    public double resolvedLr() {
        return lr != null ? lr : method.defaultLr;
    }

    /** The learning rate in force this many generator iterations into the schedule. */
    public double lrAt(int itersIntoSchedule) {
        if (lrDecay <= 0) return resolvedLr();
        return resolvedLr() * Math.max(LR_FLOOR, 1.0 - (1.0 - LR_FLOOR) * Math.max(0, itersIntoSchedule) / lrDecay);
    }

    public int resolvedThreads() {
        return threads > 0 ? threads : Math.min(org.wganlab.autodiff.Parallel.MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    public Distribution distribution() {
        if ("mixture".equals(dataset)) {
            if (mixture == null) throw new IllegalArgumentException("dataset 'mixture' needs mixture components");
            return mixture;
        }
        return Datasets.byName(dataset);
    }

    /** Throws IllegalArgumentException naming the first bad value. */
    public TrainConfig validate() {
        positive("hidden", hidden);
        positive("layers", layers);
        positive("batch", batch);
        positive("critic-iters", criticIters);
        if (iters < 0) throw new IllegalArgumentException("iters must not be negative, got " + iters);
        if (threads < 0) throw new IllegalArgumentException("threads must not be negative, got " + threads);
        if (threads > org.wganlab.autodiff.Parallel.MAX_THREADS) {
            throw new IllegalArgumentException("threads must be at most " + org.wganlab.autodiff.Parallel.MAX_THREADS + ", got " + threads);
        }
        if (evalEvery < 0) throw new IllegalArgumentException("eval-every must not be negative, got " + evalEvery);
        if (lrDecay < 0) throw new IllegalArgumentException("lr-decay must not be negative, got " + lrDecay);
        positive("eval-samples", evalSamples);
        if (!(lambda >= 0) || !Double.isFinite(lambda)) throw new IllegalArgumentException("lambda must be >= 0, got " + lambda);
        if (!(clip > 0) || !Double.isFinite(clip)) throw new IllegalArgumentException("clip must be positive, got " + clip);
        if (lr != null && (!(lr > 0) || !Double.isFinite(lr))) throw new IllegalArgumentException("lr must be positive, got " + lr);
        if (!(adamBeta1 >= 0 && adamBeta1 < 1)) throw new IllegalArgumentException("adam beta1 must be in [0, 1), got " + adamBeta1);
        if (!(adamBeta2 >= 0 && adamBeta2 < 1)) throw new IllegalArgumentException("adam beta2 must be in [0, 1), got " + adamBeta2);
        if (optimizer != null && !List.of("adam", "rmsprop", "sgd").contains(optimizer)) {
            throw new IllegalArgumentException("unknown optimizer '" + optimizer + "' (expected adam, rmsprop or sgd)");
        }
        if (hidden > 4096) throw new IllegalArgumentException("hidden width " + hidden + " is too large (at most 4096)");
        if (layers > 64) throw new IllegalArgumentException("layers " + layers + " is too deep (at most 64)");
        if (batch > 65536) throw new IllegalArgumentException("batch " + batch + " is too large (at most 65536)");
        distribution();
        return this;
    }

    private static void positive(String name, int v) {
        if (v < 1) throw new IllegalArgumentException(name + " must be positive, got " + v);
    }

    // ---- JSON ----------------------------------------------------------------------------

    /** Every setting, resolved (the optimizer and learning rate are written out even when defaulted). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataset", dataset);
        if (mixture != null && "mixture".equals(dataset)) m.put("mixture", mixture.toJson());
        m.put("mode", method.id);
        m.put("hidden", hidden);
        m.put("layers", layers);
        m.put("activation", activation.id);
        m.put("batch", batch);
        m.put("critic_iters", criticIters);
        m.put("lambda", lambda);
        m.put("clip", clip);
        m.put("optimizer", optimizer);
        m.put("lr", lr);
        m.put("lr_decay", lrDecay);
        m.put("adam_beta1", adamBeta1);
        m.put("adam_beta2", adamBeta2);
        m.put("iters", iters);
        m.put("seed", seed);
        m.put("threads", threads);
        m.put("fixed_generator", fixedGenerator);
        m.put("eval_every", evalEvery);
        m.put("eval_samples", evalSamples);
        return m;
    }

    /** The JSON written to config.json: as {@link #toJson()} with the optimizer and lr resolved. */
    public Map<String, Object> toResolvedJson() {
        Map<String, Object> m = toJson();
        m.put("optimizer", resolvedOptimizer());
        m.put("lr", resolvedLr());
        return m;
    }

    @SuppressWarnings("unchecked")
    public static TrainConfig fromJson(Map<String, Object> m) {
        TrainConfig c = new TrainConfig();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            switch (k) {
                case "dataset" -> c.dataset = str(k, v);
                case "mixture" -> {
                    if (!(v instanceof Map)) throw new JsonException("\"mixture\" must be an object");
                    c.mixture = GaussianMixture.fromJson((Map<String, Object>) v);
                }
                case "mode" -> c.method = parse(k, () -> Method.parse(str(k, v)));
                case "hidden" -> c.hidden = integer(k, v);
                case "layers" -> c.layers = integer(k, v);
                case "activation" -> c.activation = parse(k, () -> Activation.parse(str(k, v)));
                case "batch" -> c.batch = integer(k, v);
                case "critic_iters" -> c.criticIters = integer(k, v);
                case "lambda" -> c.lambda = num(k, v);
                case "clip" -> c.clip = num(k, v);
                case "optimizer" -> c.optimizer = v == null ? null : str(k, v);
                case "lr" -> c.lr = v == null ? null : num(k, v);
                case "lr_decay" -> c.lrDecay = integer(k, v);
                case "adam_beta1" -> c.adamBeta1 = num(k, v);
                case "adam_beta2" -> c.adamBeta2 = num(k, v);
                case "iters" -> c.iters = integer(k, v);
                case "seed" -> c.seed = (long) num(k, v);
                case "threads" -> c.threads = integer(k, v);
                case "fixed_generator" -> {
                    if (!(v instanceof Boolean b)) throw new JsonException("\"fixed_generator\" must be true or false, got " + Json.describe(v));
                    c.fixedGenerator = b;
                }
                case "eval_every" -> c.evalEvery = integer(k, v);
                case "eval_samples" -> c.evalSamples = integer(k, v);
                default -> throw new JsonException("unknown setting \"" + k + "\"");
            }
        }
        if (c.mixture != null && !Datasets.isBuiltIn(c.dataset)) c.dataset = "mixture";
        return c;
    }

    private static <T> T parse(String key, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (JsonException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonException("\"" + key + "\": " + e.getMessage());
        }
    }

    private static String str(String k, Object v) {
        if (!(v instanceof String s)) throw new JsonException("\"" + k + "\" must be a string, got " + Json.describe(v));
        return s;
    }

    private static double num(String k, Object v) {
        if (!(v instanceof Number n)) throw new JsonException("\"" + k + "\" must be a number, got " + Json.describe(v));
        return n.doubleValue();
    }

    private static int integer(String k, Object v) {
        double d = num(k, v);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) throw new JsonException("\"" + k + "\" must be a whole number, got " + d);
        return (int) d;
    }

    /** True when the networks must be rebuilt to go from this config to other. */
    public boolean architectureDiffers(TrainConfig o) {
        return hidden != o.hidden || layers != o.layers || activation != o.activation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainConfig c && toJson().equals(c.toJson());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toJson());
    }
}
