package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.wganlab.autodiff.Arena;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecDiff;
import org.wganlab.config.SpecField;
import org.wganlab.data.Distribution;
import org.wganlab.kernel.PackedWeights;
import org.wganlab.kernel.Parallel;
import org.wganlab.kernel.ThreadScoped;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.nn.Mlp;

/**
 * The WGAN training engine, one instance per run, driven from one thread.
 *
 * <p>A generator iteration is the paper's loop: a generator step (skipped at iteration 0),
 * then n_critic critic steps, each on a fresh real batch and fresh noise. {@link #apply} changes
 * settings at the next step and records an event; a new architecture or seed rebuilds the networks.
 *
 * <p>Every random draw comes from generators split off the spec's seed: initialisation,
 * data, noise, interpolation weights and the display set each have their own stream. A step
 * draws its whole batch first, then runs it in {@link BatchPart}s (two, on two cores, for
 * networks up to 512 wide) whose gradients are added up in a fixed order: the same seed gives
 * the same numbers whatever the thread count.
 */
public final class Trainer {
    public static final int DISPLAY_POINTS = DisplaySet.POINTS;

    private RunSpec spec;
    /** At most this many kernel threads, whatever the spec asks (0: no cap): a window keeps a core to draw. */
    private final int threadCap;
    private int threads;
    private Distribution data;
    private Mlp generator;
    private Mlp critic;
    private NetworkUpdates updates;
    private TrainingStreams streams;
    /** The standard GAN's separate input-gradient pass on measured steps. */
    private final Arena measureArena = new Arena();
    private BatchPart[] parts;
    private StepPacks packs;
    /** The critic's loss as the spec says now; made when the spec changes, not every step. */
    private CriticLoss lossSpec;

    private int iteration;
    private long criticSteps;
    private long generatorSteps;
    private StepBatch batch = new StepBatch(0);
    private StepReadings readings = new StepReadings(0);
    private StepMetrics last;
    private boolean dataEditPending;
    private long builds;
    /** Position in the current generator iteration: 0 before its generator step, k after k - 1 critic steps. */
    private int phase;
    /** Where the learning-rate schedule (re)started: 0, or the last method switch, so a new method starts at its full rate. */
    private int scheduleStart;
    private final MetricsHistory history = new MetricsHistory(2048);
    private final List<TrainEvent> events = new ArrayList<>();

    public Trainer(RunSpec spec) {
        this(spec, 0);
    }

    /** @param threadCap at most this many kernel threads (0: as the spec says) */
    public Trainer(RunSpec spec, int threadCap) {
        this.spec = spec;
        this.threadCap = threadCap;
        build();
    }

    /**
     * A trainer that continues from a saved state: the same steps, draw for draw, as the trainer
     * it was taken from. A state that does not fit its own spec is refused.
     */
    public Trainer(TrainerState saved, int threadCap) {
        this(saved.spec(), threadCap);
        critic.copyFrom(saved.critic().parameters());
        generator.copyFrom(saved.generator().parameters());
        updates.restore(saved.critic().optimizer(), saved.generator().optimizer());
        streams.restore(saved.rngs(), saved.display().noise(), saved.display().real());
        TrainerState.Record r = saved.record();
        history.restore(r.history(), r.historyStride());
        events.addAll(r.events());
        TrainerState.Progress p = saved.progress();
        iteration = p.iteration();
        phase = Math.min(p.phase(), spec.criticIters());
        scheduleStart = p.scheduleStart();
        criticSteps = p.criticSteps();
        generatorSteps = p.generatorSteps();
        readings.restoreGeneratorLoss(p.generatorLoss());
        last = r.last();
    }

    /** The whole state, copied, for a saved session; taken between two steps, from the driving thread. */
    public TrainerState state() {
        DisplaySet.State d = streams.display.state();
        return new TrainerState(spec, new TrainerState.Progress(iteration, phase, scheduleStart, criticSteps, generatorSteps, readings.generatorLoss()), streams.states(),
                new TrainerState.Network(critic.copy().parameterValues(), updates.criticState()), new TrainerState.Network(generator.copy().parameterValues(), updates.generatorState()),
                new TrainerState.Display(d.noise(), d.real()), new TrainerState.Record(history.view(), history.stride(), events, last));
    }

    private void build() {
        builds++;
        threads = threadsFor(spec);
        Rng master = new Rng(spec.seed());
        Rng init = master.split();
        data = spec.distribution();
        streams = new TrainingStreams(master, data);
        generator = Mlp.create(2, spec.hidden(), spec.layers(), 2, spec.activation(), init);
        critic = Mlp.create(2, spec.hidden(), spec.layers(), 1, spec.activation(), init);
        packs = new StepPacks(critic, generator);
        iteration = 0;
        phase = 0;
        scheduleStart = 0;
        updates = new NetworkUpdates(spec, critic, generator, (float) spec.lrAt(0));
        criticSteps = 0;
        generatorSteps = 0;
        last = null;
        history.clear();
        events.clear();
        readings = new StepReadings(spec.layers());
        ensureBuffers(spec.batch());
        lossSpec = lossOf(spec);
    }

    /** The kernel threads this run uses: as the spec asks, within the cap. */
    private int threadsFor(RunSpec s) {
        return threadCap > 0 ? Math.min(threadCap, s.resolvedThreads()) : s.resolvedThreads();
    }

    private static CriticLoss lossOf(RunSpec s) {
        return new CriticLoss(s.method(), (float) s.lambda(), s.fixedGenerator());
    }

    private void ensureBuffers(int b) {
        if (batch.size == b && parts.length == BatchPart.count(b, spec.hidden())) return;
        batch = new StepBatch(b);
        parts = BatchPart.cut(b, spec.hidden());
    }

    // ---- settings ------------------------------------------------------------------------

    public RunSpec spec() {
        return spec;
    }

    /** Rebuilds the networks from the seed: iteration 0, fresh optimizers, history cleared. */
    public void reset() {
        build();
    }

    /** A new run of another spec: as a reset, with no event for the change (a preset, a loaded setup). */
    public void start(RunSpec next) {
        spec = next;
        build();
    }

    /**
     * Applies a new spec at the next step, recording what changed as an event: a different
     * width, depth, activation or seed rebuilds the networks (a new run); new data replaces the
     * real points; a new optimizer or new betas start fresh optimizer state; a new learning rate
     * keeps it. Returns the events recorded (empty when nothing that matters changed).
     */
    public List<TrainEvent> apply(RunSpec next) {
        SpecDiff diff = SpecDiff.between(spec, next);
        RunSpec prev = spec;
        spec = next;
        threads = threadsFor(spec);
        if (diff.isEmpty()) return List.of();
        if (diff.needsRebuild()) {
            build();
            return record(new TrainEvent(0, "networks rebuilt: " + diff.describe()));
        }
        if (diff.has(SpecField.Effect.NEW_DATA)) newData(spec.distribution());
        if (diff.changed(SpecField.METHOD)) scheduleStart = iteration;
        String note = "";
        if (diff.has(SpecField.Effect.NEW_OPTIMIZER)) {
            updates.renew(spec, (float) spec.lrAt(iteration - scheduleStart));
            note = " (new " + spec.optimizerKind().id + " state)";
        } else if (prev.lrAt(iteration - scheduleStart) != next.lrAt(iteration - scheduleStart)) {
            updates.setLearningRate((float) next.lrAt(iteration - scheduleStart));
        }
        ensureBuffers(spec.batch());
        lossSpec = lossOf(spec);
        return record(new TrainEvent(iteration, diff.describe() + note));
    }

    private List<TrainEvent> record(TrainEvent e) {
        events.add(e);
        return List.of(e);
    }

    private void newData(Distribution d) {
        data = d;
        streams.display.newData(d);
    }

    /**
     * Replaces the training data at the next step (the mixture editor). While a drag is in
     * progress call it with recordEvent false; the final call with true records one event for
     * the whole edit.
     */
    public void setDistribution(Distribution d, boolean recordEvent) {
        RunSpec next = spec.withData(DataSpec.of(d));
        SpecDiff diff = SpecDiff.between(spec, next);
        boolean changed = !diff.isEmpty() || dataEditPending;
        String what = diff.isEmpty() ? "mixture edited" : diff.describe();
        spec = next;
        newData(d);
        if (recordEvent && changed) events.add(new TrainEvent(iteration, what));
        dataEditPending = !recordEvent && changed;
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
        return onRunThreads(this::advance);
    }

    /** Runs a step with this run's kernel thread count on the calling thread, then puts the count back. */
    private <T> T onRunThreads(Supplier<T> work) {
        int before = Parallel.useThreads(threads);
        try {
            return work.get();
        } finally {
            Parallel.useThreads(before);
        }
    }

    private StepMetrics advance() {
        if (phase == 0) {
            readings.beginIteration();
            // The schedule moves the step size only; the optimizers keep their moments.
            if (spec.optimizer().lrDecay() > 0) updates.setLearningRate((float) spec.lrAt(iteration - scheduleStart));
            phase = 1;
            if (iteration > 0 && !spec.fixedGenerator()) {
                runGeneratorStep();
                return null;
            }
            // No generator step here (iteration 0, or a fixed generator): go on to the first critic step.
            readings.noGeneratorStep();
        }
        // n_critic may have changed since the iteration began: the last step is whichever reaches it.
        boolean lastStep = phase >= spec.criticIters();
        runCriticStep(lastStep);
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
        last = onRunThreads(() -> {
            readings.beginSingleCriticStep();
            runCriticStep(true);
            return metrics(iteration);
        });
    }

    /** One generator step on its own; does nothing in fixed-generator mode. */
    public void generatorStep() {
        last = onRunThreads(() -> {
            runGeneratorStep();
            return last != null && generatorSteps > 0 ? last.withGeneratorLoss(readings.generatorLoss()) : last;
        });
    }

    private void runGeneratorStep() {
        if (spec.fixedGenerator()) return;
        long t0 = System.nanoTime();
        Tensor noise = batch.noise;
        streams.drawNoise(noise);
        Method method = spec.method();
        PackedWeights packed = packs.forGeneratorStep();
        Parallel.forEachPart(parts.length, p -> {
            try (ThreadScoped.Scope s = packed.activate()) {
                parts[p].generatorStep(critic, generator, method, noise);
            }
        });
        float v = totalLoss();
        if (!Float.isFinite(v)) throw new DivergenceException(iteration, "the generator loss is " + v);
        updates.updateGenerator(parts);
        generatorSteps++;
        readings.generatorStep(v, System.nanoTime() - t0);
    }

    /**
     * One critic step: the batch is drawn here, in one piece, from the seeded streams; its parts
     * then run the forward and backward passes (in parallel where there are threads for them)
     * and their gradients are added up in part order.
     */
    private void runCriticStep(boolean measure) {
        long t0 = System.nanoTime();
        StepBatch sb = batch;
        int b = sb.size;
        Method method = spec.method();
        streams.drawCriticBatch(data, sb);
        Mlp c = critic, g = generator;
        CriticLoss loss = lossSpec;
        PackedWeights packed = packs.forCriticStep();
        Parallel.forEachPart(parts.length, p -> {
            try (ThreadScoped.Scope s = packed.activate()) {
                parts[p].criticStep(c, g, loss, measure, sb);
            }
        });
        float lossValue = totalLoss();
        if (!Float.isFinite(lossValue)) throw new DivergenceException(iteration, "the critic loss is " + lossValue);
        long atBound = updates.updateCritic(parts, method == Method.CLIP ? (float) spec.clip() : 0f);
        if (method == Method.CLIP) readings.clipped((double) atBound / critic.parameterCount());
        if (measure && !method.isWasserstein()) BatchPart.standardGanInputGradients(critic, sb, measureArena);
        criticSteps++;
        readings.criticStep(parts, method, b, lossValue, measure, System.nanoTime() - t0);
    }

    private float totalLoss() {
        float v = 0;
        for (BatchPart part : parts) v += part.loss();
        return v;
    }

    private StepMetrics metrics(int it) {
        return readings.metrics(it, batch, critic, spec);
    }

    public int iteration() {
        return iteration;
    }

    /** True between two generator iterations (no critic step of the next one taken yet): where a scheduled switch lands. */
    public boolean betweenIterations() {
        return phase == 0;
    }

    /** How many times the networks have been built (a reset or a rebuild adds one): a new run began when it changes. */
    public long builds() {
        return builds;
    }

    /** The learning rate both optimizers use now. */
    public double currentLearningRate() {
        return updates.learningRate();
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
        return snapshot(evals, null);
    }

    /** The same with the latest evaluation's transport plan (null: none yet). */
    public Snapshot snapshot(List<EvalResult> evals, TransportPlan plan) {
        Mlp c = critic.copy();
        Mlp g = generator.copy();
        Tensor shownFake = streams.display.fake(g, spec.fixedGenerator());
        Tensor fakeGrad = DisplaySet.push(c, shownFake, spec.method());
        Samples samples = new Samples(streams.display.real().copy(), shownFake, fakeGrad, batch.interp.copy());
        GradientNorms norms = new GradientNorms(batch.gradNormsReal.clone(), batch.gradNormsFake.clone(), batch.gradNormsInterp.clone(), readings.layerGradNorms());
        return new Snapshot(iteration, criticSteps, generatorSteps, spec, data, samples, norms, c, g, history.view(), List.copyOf(events), List.copyOf(evals), last, plan);
    }

    /** Arrays the step arenas have allocated in all: flat once training is in its steady state. */
    public long arenaAllocations() {
        long n = measureArena.allocations();
        for (BatchPart part : parts) n += part.arenaAllocations();
        return n;
    }
}
