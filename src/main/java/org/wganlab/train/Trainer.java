package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.autodiff.Arena;
import org.wganlab.autodiff.Autodiff;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Parallel;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.Distribution;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;
import org.wganlab.optim.Adam;
import org.wganlab.optim.Optimizer;
import org.wganlab.optim.RmsProp;
import org.wganlab.optim.Sgd;
import org.wganlab.optim.WeightClipping;

/**
 * The WGAN training engine, one instance per run, driven from one thread.
 *
 * <p>A generator iteration is the paper's loop: a generator step (skipped at iteration 0),
 * then n_critic critic steps, each on a fresh real batch and fresh noise. Settings change
 * through {@link #apply}, which takes effect at the next step and records an event; a
 * changed architecture or seed rebuilds the networks.
 *
 * <p>Every random draw comes from generators split off the config's seed: initialisation,
 * data, noise, interpolation weights and the display set each have their own stream. A step
 * draws its whole batch first, then runs it in {@link BatchPart}s (two, on two cores, for
 * networks up to 256 wide) whose gradients are added up in a fixed order: the same seed gives
 * the same numbers whatever the thread count.
 */
public final class Trainer {
    public static final int DISPLAY_POINTS = 512;

    private TrainConfig config;
    private Distribution data;
    private Mlp generator;
    private Mlp critic;
    private Optimizer generatorOpt;
    private Optimizer criticOpt;
    private Rng dataRng;
    private Rng noiseRng;
    private Rng alphaRng;
    private Rng displayRng;
    /** The standard GAN's separate input-gradient pass on measured steps. */
    private final Arena measureArena = new Arena();
    private BatchPart[] parts;
    private List<Tensor> criticGradSums, generatorGradSums;
    private int[][] criticGroups, generatorGroups;
    private final long[] groupCounts = new long[2];

    private int iteration;
    private long criticSteps;
    private long generatorSteps;
    private Tensor real, fake, noise, batch, interp;
    private float[] alpha;
    private BatchPart.StepBuffers norms = new BatchPart.StepBuffers(0);
    private double[] layerGradNorms = new double[0];
    private double criticLoss = Double.NaN, generatorLoss = Double.NaN, wEstimate = Double.NaN, penalty = Double.NaN;
    private double criticNanos, generatorNanos;
    /** What the last clipping pass left at the bounds; NaN until the critic has been clipped (or after a rebuild). */
    private double clippedFraction = Double.NaN;
    private Tensor displayReal, displayNoise;
    private StepMetrics last;
    private boolean dataEditPending;
    private long builds;
    /** Position in the current generator iteration: 0 before its generator step, k after k - 1 critic steps. */
    private int phase;
    /** Where the learning-rate schedule (re)started: 0, or the last method switch, so a new method starts at its full rate. */
    private int scheduleStart;
    private final MetricsHistory history = new MetricsHistory(2048);
    private final List<TrainEvent> events = new ArrayList<>();

    public Trainer(TrainConfig config) {
        this.config = config.copy().validate();
        Parallel.setThreads(this.config.resolvedThreads());
        build();
    }

    private void build() {
        builds++;
        Rng master = new Rng(config.seed);
        Rng init = master.split();
        dataRng = master.split();
        noiseRng = master.split();
        alphaRng = master.split();
        displayRng = master.split();
        data = config.distribution();
        generator = Mlp.create(2, config.hidden, config.layers, 2, config.activation, init);
        critic = Mlp.create(2, config.hidden, config.layers, 1, config.activation, init);
        generatorOpt = makeOptimizer(generator.parameters());
        criticOpt = makeOptimizer(critic.parameters());
        displayNoise = new Tensor(DISPLAY_POINTS, 2);
        displayRng.fillGaussian(displayNoise);
        displayReal = data.sample(displayRng, DISPLAY_POINTS);
        iteration = 0;
        phase = 0;
        scheduleStart = 0;
        criticSteps = 0;
        clippedFraction = Double.NaN;
        generatorSteps = 0;
        criticLoss = generatorLoss = wEstimate = penalty = Double.NaN;
        last = null;
        history.clear();
        events.clear();
        layerGradNorms = new double[config.layers];
        criticGradSums = zerosLike(critic.parameters());
        generatorGradSums = zerosLike(generator.parameters());
        criticGroups = balancedGroups(critic.parameters());
        generatorGroups = balancedGroups(generator.parameters());
        ensureBuffers(config.batch);
    }

    private static List<Tensor> zerosLike(List<Node> params) {
        List<Tensor> out = new ArrayList<>(params.size());
        for (Node p : params) out.add(new Tensor(p.value.rows, p.value.cols));
        return out;
    }

    private Optimizer makeOptimizer(List<Node> params) {
        float lr = (float) config.lrAt(iteration - scheduleStart);
        return switch (config.resolvedOptimizer()) {
            case "adam" -> new Adam(params, lr, (float) config.adamBeta1, (float) config.adamBeta2, 1e-8f);
            case "rmsprop" -> new RmsProp(params, lr);
            case "sgd" -> new Sgd(params, lr);
            default -> throw new IllegalArgumentException("unknown optimizer " + config.resolvedOptimizer());
        };
    }

    private void ensureBuffers(int b) {
        if (real != null && real.rows == b && parts.length == BatchPart.count(b, config.hidden)) return;
        real = new Tensor(b, 2);
        fake = new Tensor(b, 2);
        noise = new Tensor(b, 2);
        batch = new Tensor(2 * b, 2);
        interp = new Tensor(b, 2);
        alpha = new float[b];
        norms = new BatchPart.StepBuffers(b);
        parts = BatchPart.cut(b, config.hidden);
    }

    // ---- settings ------------------------------------------------------------------------

    public TrainConfig config() {
        return config.copy();
    }

    /** Rebuilds the networks from the seed: iteration 0, fresh optimizers, history cleared. */
    public void reset() {
        build();
    }

    /**
     * Applies new settings at the next step without touching the networks, recording what
     * changed as an event; a different width, depth, activation or seed rebuilds them.
     * Returns the events recorded (empty when nothing that matters changed).
     */
    public List<TrainEvent> apply(TrainConfig next) {
        next = next.copy().validate();
        List<String> changes = ConfigDiff.describe(config, next);
        TrainConfig prev = config;
        config = next;
        Parallel.setThreads(config.resolvedThreads());
        if (changes.isEmpty()) return List.of();
        if (prev.architectureDiffers(next) || prev.seed != next.seed) {
            build();
            TrainEvent e = new TrainEvent(0, "networks rebuilt: " + String.join(", ", changes));
            events.add(e);
            return List.of(e);
        }
        if (!prev.dataset.equals(next.dataset) || !java.util.Objects.equals(prev.mixture, next.mixture) && "mixture".equals(next.dataset)) {
            data = config.distribution();
            displayReal = data.sample(displayRng, DISPLAY_POINTS);
        }
        if (prev.method != next.method) scheduleStart = iteration;
        String note = "";
        boolean newOptimizer = !prev.resolvedOptimizer().equals(next.resolvedOptimizer())
                || prev.adamBeta1 != next.adamBeta1 || prev.adamBeta2 != next.adamBeta2;
        if (newOptimizer) {
            generatorOpt = makeOptimizer(generator.parameters());
            criticOpt = makeOptimizer(critic.parameters());
            note = " (new " + next.resolvedOptimizer() + " state)";
        } else if (prev.lrAt(iteration - scheduleStart) != next.lrAt(iteration - scheduleStart)) {
            generatorOpt.setLearningRate((float) next.lrAt(iteration - scheduleStart));
            criticOpt.setLearningRate((float) next.lrAt(iteration - scheduleStart));
        }
        ensureBuffers(config.batch);
        TrainEvent e = new TrainEvent(iteration, String.join(", ", changes) + note);
        events.add(e);
        return List.of(e);
    }

    /**
     * Replaces the training data at the next step (the mixture editor). While a drag is in
     * progress call it with recordEvent false; the final call with true records one event for
     * the whole edit.
     */
    public void setDistribution(Distribution d, boolean recordEvent) {
        TrainConfig next = config.copy();
        if (d instanceof org.wganlab.data.GaussianMixture gm && "mixture".equals(d.id())) {
            next.dataset = "mixture";
            next.mixture = gm;
        } else {
            next.dataset = d.id();
            next.mixture = null;
        }
        List<String> changes = ConfigDiff.describe(config, next);
        boolean changed = !changes.isEmpty() || dataEditPending;
        String what = changes.isEmpty() ? "mixture edited" : String.join(", ", changes);
        config = next;
        data = d;
        displayReal = data.sample(displayRng, DISPLAY_POINTS);
        if (!recordEvent) {
            dataEditPending = changed;
            return;
        }
        if (changed) events.add(new TrainEvent(iteration, what));
        dataEditPending = false;
    }

    // ---- training ------------------------------------------------------------------------

    /** One generator iteration of the paper's loop; returns its metrics. */
    public StepMetrics generatorIteration() {
        StepMetrics m;
        do {
            m = step();
        } while (m == null);
        return m;
    }

    /**
     * Advances the paper's loop by one step (the generator step, or one of the critic steps) so
     * a live session can take changes between any two steps. Returns the iteration's metrics
     * when this step completes a generator iteration, else null.
     */
    public StepMetrics step() {
        if (phase == 0) {
            criticNanos = 0;
            generatorNanos = 0;
            if (config.lrDecay > 0) {
                // The schedule moves the step size only; the optimizers keep their moments.
                float lr = (float) config.lrAt(iteration - scheduleStart);
                generatorOpt.setLearningRate(lr);
                criticOpt.setLearningRate(lr);
            }
            phase = 1;
            if (iteration > 0 && !config.fixedGenerator) {
                generatorStep();
                return null;
            }
            // No generator step here (iteration 0, or a fixed generator): go on to the first critic step.
            generatorLoss = Double.NaN;
        }
        // n_critic may have changed since the iteration began: the last step is whichever reaches it.
        boolean lastStep = phase >= config.criticIters;
        criticStep(lastStep);
        if (!lastStep) {
            phase++;
            return null;
        }
        phase = 0;
        last = metrics(iteration);
        history.add(last);
        iteration++;
        return last;
    }

    /** One critic step on its own (step-by-step teaching): measures everything, advances no iteration. */
    public void criticStep() {
        criticNanos = 0;
        criticStep(true);
        last = metrics(iteration);
    }

    /** One generator step on its own; does nothing in fixed-generator mode. */
    public void generatorStep() {
        if (config.fixedGenerator) return;
        long t0 = System.nanoTime();
        noiseRng.fillGaussian(noise);
        boolean wasserstein = config.method.isWasserstein();
        Parallel.forEachPart(parts.length, p -> parts[p].generatorStep(critic, generator, wasserstein, noise));
        float v = totalLoss();
        if (!Float.isFinite(v)) throw new DivergenceException(iteration, "the generator loss is " + v);
        update(generatorOpt, generator.parameters(), generatorGroups, generatorGradSums, 0f);
        generatorLoss = v;
        generatorSteps++;
        generatorNanos += System.nanoTime() - t0;
    }

    /**
     * One critic step: the batch is drawn here, in one piece, from the seeded streams; its parts
     * then run the forward and backward passes (in parallel where there are threads for them)
     * and their gradients are added up in part order.
     */
    private void criticStep(boolean measure) {
        long t0 = System.nanoTime();
        int b = config.batch;
        Method method = config.method;
        data.sample(dataRng, real);
        noiseRng.fillGaussian(noise);
        for (int i = 0; i < b; i++) alpha[i] = (float) alphaRng.uniform();
        Mlp c = critic, g = generator;
        float lambda = (float) config.lambda;
        boolean fixed = config.fixedGenerator;
        Parallel.forEachPart(parts.length, p -> parts[p].criticStep(c, g, method, lambda, fixed, measure, real, noise, alpha, fake, interp, batch, norms));
        float lossValue = totalLoss();
        if (!Float.isFinite(lossValue)) throw new DivergenceException(iteration, "the critic loss is " + lossValue);
        float clip = method == Method.CLIP ? (float) config.clip : 0f;
        long atBound = update(criticOpt, critic.parameters(), criticGroups, criticGradSums, clip);
        if (method == Method.CLIP) clippedFraction = (double) atBound / critic.parameterCount();
        criticLoss = lossValue;
        double realSum = 0, fakeSum = 0, pen = 0;
        for (BatchPart part : parts) {
            realSum += part.realCriticSum;
            fakeSum += part.fakeCriticSum;
            pen += part.penalty;
        }
        wEstimate = (realSum - fakeSum) / b;
        penalty = method.hasPenalty() ? pen : Double.NaN;
        if (measure) {
            if (!method.isWasserstein()) standardGanInputGradients(b);
            for (int l = 0; l < layerGradNorms.length; l++) {
                double sq = 0;
                for (BatchPart part : parts) sq += l < part.hiddenGradSquares.length ? part.hiddenGradSquares[l] : 0;
                layerGradNorms[l] = Math.sqrt(sq);
            }
        }
        criticSteps++;
        criticNanos += System.nanoTime() - t0;
    }

    private float totalLoss() {
        float v = 0;
        for (BatchPart part : parts) v += part.loss;
        return v;
    }

    /**
     * Adds up the parts' gradients, updates the parameters and, with clip > 0, clips them: each
     * parameter on its own, the parameters in two groups of about equal size that run on the two
     * cores (the optimizer and the clamp are memory-bound passes over every weight, ~5% of a
     * 128-wide step on one core). Returns how many values the clamp left at a bound.
     */
    private long update(Optimizer opt, List<Node> params, int[][] groups, List<Tensor> sums, float clip) {
        opt.beginSplitStep();
        long[] atBound = groupCounts;
        Parallel.forEachPart(groups.length, q -> {
            long at = 0;
            for (int i : groups[q]) {
                opt.updateParameter(i, gradientSum(i, sums.get(i)));
                if (clip > 0) at += WeightClipping.clipCounting(params.get(i), clip);
            }
            atBound[q] = at;
        });
        long at = 0;
        for (int q = 0; q < groups.length; q++) at += atBound[q];
        return at;
    }

    /** Parameter i's gradient: the parts' gradients added up in part order into sum, or the one part's own. */
    private Tensor gradientSum(int i, Tensor sum) {
        if (parts.length == 1) return parts[0].grads.get(i).value;
        float[] out = sum.data;
        System.arraycopy(parts[0].grads.get(i).value.data, 0, out, 0, out.length);
        for (int p = 1; p < parts.length; p++) {
            float[] g = parts[p].grads.get(i).value.data;
            for (int j = 0; j < out.length; j++) out[j] += g[j];
        }
        return sum;
    }

    /** Parameter indices in two groups of about equal total size (largest first, each to the lighter group). */
    static int[][] balancedGroups(List<Node> params) {
        Integer[] order = new Integer[params.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(params.get(y).value.size(), params.get(x).value.size()));
        List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
        long sa = 0, sb = 0;
        for (int i : order) {
            int size = params.get(i).value.size();
            if (sa <= sb) {
                a.add(i);
                sa += size;
            } else {
                b.add(i);
                sb += size;
            }
        }
        return new int[][] {a.stream().mapToInt(Integer::intValue).toArray(), b.stream().mapToInt(Integer::intValue).toArray()};
    }

    /**
     * ||grad_x D|| at the batch's real and fake points for the standard GAN, whose loss gradient
     * is scaled by sigmoids: its own pass. (For the Wasserstein losses the parts read them off the
     * loss's input gradient for free.)
     */
    private void standardGanInputGradients(int b) {
        measureArena.reset();
        try (Arena.Scope s = measureArena.activate()) {
            float[] both = new float[2 * b];
            BatchPart.inputGradientNorms(critic, batch, both, 0);
            System.arraycopy(both, 0, norms.gradNormsReal, 0, b);
            System.arraycopy(both, b, norms.gradNormsFake, 0, b);
        }
    }

    private static double mean(float[] a) {
        double s = 0;
        for (float v : a) s += v;
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    private StepMetrics metrics(int it) {
        return new StepMetrics(it, criticLoss, generatorLoss, wEstimate, penalty,
                mean(norms.gradNormsReal), mean(norms.gradNormsFake), mean(norms.gradNormsInterp),
                config.method == Method.CLIP && !Double.isNaN(clippedFraction) ? clippedFraction
                        : WeightClipping.fractionAtBound(critic.parameters(), (float) config.clip),
                layerGradNorms.clone(), criticNanos / 1e6, generatorNanos / 1e6);
    }

    // ---- state for views -----------------------------------------------------------------

    public int iteration() {
        return iteration;
    }

    /** How many times the networks have been built (a reset or a rebuild adds one): a new run began when it changes. */
    public long builds() {
        return builds;
    }

    /** The learning rate both optimizers use now. */
    public double currentLearningRate() {
        return criticOpt.learningRate();
    }

    public long criticSteps() {
        return criticSteps;
    }

    public StepMetrics lastMetrics() {
        return last;
    }

    public List<TrainEvent> events() {
        return List.copyOf(events);
    }

    public Distribution distribution() {
        return data;
    }

    /** Live networks: for the engine's own callers (tests, the CLI), never for views. */
    public Mlp critic() {
        return critic;
    }

    public Mlp generator() {
        return generator;
    }

    /** An immutable snapshot for views and exports; evals are the caller's evaluation results. */
    public Snapshot snapshot(List<EvalResult> evals) {
        Mlp c = critic.copy();
        Mlp g = generator.copy();
        Tensor shownFake;
        if (config.fixedGenerator) {
            shownFake = displayReal.copy();
            for (int i = 0; i < shownFake.data.length; i++) shownFake.data[i] += displayNoise.data[i];
        } else {
            shownFake = new MlpEvaluator().evaluate(g, displayNoise);
        }
        Node x = Node.variable(shownFake);
        Tensor fakeGrad = Autodiff.grad(c.forward(x), x, false).value;
        return new Snapshot(iteration, criticSteps, generatorSteps, config.copy(), data, displayReal.copy(), shownFake, fakeGrad,
                interp.copy(), norms.gradNormsReal.clone(), norms.gradNormsFake.clone(), norms.gradNormsInterp.clone(), layerGradNorms.clone(),
                c, g, history.view(), List.copyOf(events), List.copyOf(evals), last);
    }

    /** Arrays the step arenas have allocated in all: flat once training is in its steady state. */
    public long arenaAllocations() {
        long n = measureArena.allocations();
        for (BatchPart part : parts) n += part.arenaAllocations();
        return n;
    }
}
