package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.autodiff.Arena;
import org.wganlab.autodiff.Autodiff;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
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
 * data, noise, interpolation weights and the display set each have their own stream.
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
    // One arena per kind of step: each replays the same allocation sequence every time.
    private final Arena criticArena = new Arena();
    private final Arena measuredCriticArena = new Arena();
    private final Arena generatorArena = new Arena();
    private final MlpEvaluator evaluator = new MlpEvaluator();

    private int iteration;
    private long criticSteps;
    private long generatorSteps;
    private Tensor real, fake, noise, batch, interp;
    private float[] alpha;
    private float[] gradNormsReal = new float[0], gradNormsFake = new float[0], gradNormsInterp = new float[0];
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
        ensureBuffers(config.batch);
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
        if (real != null && real.rows == b) return;
        real = new Tensor(b, 2);
        fake = new Tensor(b, 2);
        noise = new Tensor(b, 2);
        batch = new Tensor(2 * b, 2);
        interp = new Tensor(b, 2);
        alpha = new float[b];
        gradNormsReal = new float[b];
        gradNormsFake = new float[b];
        gradNormsInterp = new float[b];
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
        generatorArena.reset();
        try (Arena.Scope s = generatorArena.activate()) {
            Node d = critic.forward(generator.forward(Node.constant(noise)));
            // Non-saturating loss for the standard GAN, -mean D(G(z)) for the Wasserstein ones.
            Node loss = config.method.isWasserstein() ? Ops.scale(Ops.mean(d), -1f) : Ops.mean(Ops.softplus(Ops.scale(d, -1f)));
            List<Node> grads = Autodiff.grad(loss, generator.parameters(), false);
            float v = loss.item();
            if (!Float.isFinite(v)) throw new DivergenceException(iteration, "the generator loss is " + v);
            generatorOpt.step(values(grads, grads.size()));
            generatorLoss = v;
        }
        generatorSteps++;
        generatorNanos += System.nanoTime() - t0;
    }

    private void criticStep(boolean measure) {
        long t0 = System.nanoTime();
        int b = config.batch;
        Method method = config.method;
        data.sample(dataRng, real);
        if (config.fixedGenerator) {
            noiseRng.fillGaussian(fake);
            for (int i = 0; i < fake.data.length; i++) fake.data[i] += real.data[i];
        } else {
            noiseRng.fillGaussian(noise);
            evaluator.evaluate(generator, noise, fake);
        }
        System.arraycopy(real.data, 0, batch.data, 0, 2 * b);
        System.arraycopy(fake.data, 0, batch.data, 2 * b, 2 * b);
        for (int i = 0; i < b; i++) {
            float a = (float) alphaRng.uniform();
            alpha[i] = a;
            interp.data[2 * i] = a * real.data[2 * i] + (1 - a) * fake.data[2 * i];
            interp.data[2 * i + 1] = a * real.data[2 * i + 1] + (1 - a) * fake.data[2 * i + 1];
        }
        Arena arena = measure ? measuredCriticArena : criticArena;
        arena.reset();
        try (Arena.Scope s = arena.activate()) {
            Node x = measure ? Node.variable(batch) : Node.constant(batch);
            List<Node> hidden = measure ? new ArrayList<>() : null;
            Node d = critic.forward(x, hidden);
            Node dReal = Ops.sliceRows(d, 0, b);
            Node dFake = Ops.sliceRows(d, b, b);
            Node loss = method.isWasserstein()
                    ? Ops.sub(Ops.mean(dFake), Ops.mean(dReal))
                    : Ops.add(Ops.mean(Ops.softplus(Ops.scale(dReal, -1f))), Ops.mean(Ops.softplus(dFake)));
            Node pen = null;
            Node interpNorms = null;
            if (method.hasPenalty()) {
                interpNorms = GradientPenalty.inputGradientNorms(critic, Node.variable(interp));
                pen = method == Method.GP ? GradientPenalty.twoSided(interpNorms, (float) config.lambda)
                        : GradientPenalty.oneSided(interpNorms, (float) config.lambda);
                loss = Ops.add(loss, pen);
            }
            int p = critic.parameters().size();
            List<Node> targets = new ArrayList<>(critic.parameters());
            if (measure) {
                targets.add(x);
                targets.addAll(hidden);
            }
            List<Node> grads = Autodiff.grad(loss, targets, false);
            float lossValue = loss.item();
            if (!Float.isFinite(lossValue)) throw new DivergenceException(iteration, "the critic loss is " + lossValue);
            criticOpt.step(values(grads, p));
            if (method == Method.CLIP) clippedFraction = WeightClipping.clip(critic.parameters(), (float) config.clip);
            criticLoss = lossValue;
            wEstimate = meanOf(d.value, 0, b) - meanOf(d.value, b, 2 * b);
            penalty = pen == null ? Double.NaN : pen.item();
            if (measure) {
                measureInputGradients(grads.get(p).value, method, b);
                if (interpNorms != null) {
                    System.arraycopy(interpNorms.value.data, 0, gradNormsInterp, 0, b);
                } else {
                    inputGradientNorms(interp, gradNormsInterp, 0);
                }
                for (int l = 0; l < hidden.size(); l++) layerGradNorms[l] = frobenius(grads.get(p + 1 + l).value);
            }
        }
        criticSteps++;
        criticNanos += System.nanoTime() - t0;
    }

    /**
     * ||grad_x D|| at the batch's real and fake points. For the Wasserstein losses the loss's
     * own input gradient is -grad D / B at real rows and +grad D / B at fake rows, so it comes
     * for free; the standard GAN's is scaled by sigmoids, so it gets its own pass.
     */
    private void measureInputGradients(Tensor lossInputGrad, Method method, int b) {
        if (method.isWasserstein()) {
            float[] g = lossInputGrad.data;
            for (int i = 0; i < b; i++) {
                gradNormsReal[i] = b * (float) Math.hypot(g[2 * i], g[2 * i + 1]);
                gradNormsFake[i] = b * (float) Math.hypot(g[2 * (b + i)], g[2 * (b + i) + 1]);
            }
        } else {
            float[] both = new float[2 * b];
            inputGradientNorms(batch, both, 0);
            System.arraycopy(both, 0, gradNormsReal, 0, b);
            System.arraycopy(both, b, gradNormsFake, 0, b);
        }
    }

    /** ||grad_x D(x)|| for each row of points, written to out from offset. */
    private void inputGradientNorms(Tensor points, float[] out, int offset) {
        Node x = Node.variable(points);
        Node g = Autodiff.grad(critic.forward(x), x, false);
        float[] gd = g.value.data;
        for (int i = 0; i < points.rows; i++) out[offset + i] = (float) Math.hypot(gd[2 * i], gd[2 * i + 1]);
    }

    private static List<Tensor> values(List<Node> nodes, int n) {
        List<Tensor> v = new ArrayList<>(n);
        for (int i = 0; i < n; i++) v.add(nodes.get(i).value);
        return v;
    }

    private static double meanOf(Tensor t, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += t.data[i];
        return s / (to - from);
    }

    private static double frobenius(Tensor t) {
        return Math.sqrt(org.wganlab.autodiff.MatMul.sumOfSquares(t));
    }

    private static double mean(float[] a) {
        double s = 0;
        for (float v : a) s += v;
        return a.length == 0 ? Double.NaN : s / a.length;
    }

    private StepMetrics metrics(int it) {
        return new StepMetrics(it, criticLoss, generatorLoss, wEstimate, penalty,
                mean(gradNormsReal), mean(gradNormsFake), mean(gradNormsInterp),
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
                interp.copy(), gradNormsReal.clone(), gradNormsFake.clone(), gradNormsInterp.clone(), layerGradNorms.clone(),
                c, g, history.view(), List.copyOf(events), List.copyOf(evals), last);
    }

    /** Arrays the step arenas have allocated in all: flat once training is in its steady state. */
    public long arenaAllocations() {
        return criticArena.allocations() + measuredCriticArena.allocations() + generatorArena.allocations();
    }
}
