package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.wganlab.kernel.Parallel;
import org.wganlab.config.RunSpec;
import org.wganlab.data.Distribution;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.nn.Mlp;

/**
 * Drives one {@link Trainer} for the command line and for the window alike: steps it, times
 * the iterations, schedules the exact-W1 evaluations on a thread of their own, and stops on a
 * divergence with a message in plain words. Everything a run produced (its evaluations, its
 * divergence) belongs to the run: when the networks are rebuilt they are cleared, and an
 * evaluation of the old networks that lands later is dropped, so a new run never shows an old
 * run's numbers. Driven from one thread.
 */
public final class RunDriver implements AutoCloseable {
    /** The most evaluations a run keeps; the older half goes when full. */
    static final int MAX_EVALS = 1000;

    private Trainer trainer;
    private final EvalSchedule schedule;
    private final int threadCap;
    private final ExecutorService evalThread = Threads.single("wganlab-eval");
    private final Semaphore evalSlots;
    private final List<EvalResult> evals = new ArrayList<>();
    private TransportPlan latestPlan;
    /** This run's number: a rebuild, a reset or a resumed session starts the next, and what an earlier one queued is dropped. */
    private long run;
    private long trainerBuilds;
    private int lastEvalIteration;
    private long lastEvalNanos;
    private final EvalSchedule.Durations evalTimes = new EvalSchedule.Durations();
    private DivergenceException divergence;
    private double msPerCritic = Double.NaN, msPerGenerator = Double.NaN;
    private long trainingNanos;
    private List<ScheduledSwitch> scheduled = List.of();
    private int nextSwitch;

    /** @param threadCap at most this many kernel threads (0: as the spec says) */
    public RunDriver(RunSpec spec, int threadCap, EvalSchedule schedule) {
        this.trainer = new Trainer(spec, threadCap);
        this.threadCap = threadCap;
        this.schedule = schedule;
        this.evalSlots = new Semaphore(schedule.skipWhenBusy() ? 1 : 1 + EvalSchedule.MAX_QUEUED);
        this.trainerBuilds = trainer.builds();
    }

    /** A driver that continues a saved run (see {@link #resume}). */
    public RunDriver(RunState saved, int threadCap, EvalSchedule schedule) {
        this(saved.trainer().spec(), threadCap, schedule);
        resume(saved);
    }

    /** The whole state of this run for a saved session: the trainer's and the evaluations that have landed. */
    public RunState state() {
        awaitEvaluations();
        return stateNow();
    }

    /**
     * The same without waiting for the evaluations under way: those that have landed. The
     * trainer's part is the whole of it; an evaluation measures the run and changes nothing of it.
     */
    public RunState stateNow() {
        return new RunState(trainer.state(), evaluations());
    }

    /**
     * Continues a saved run: a new trainer from its state (refused, with nothing changed, if the
     * state does not fit its own spec), its evaluations; nothing of the run before is kept.
     */
    public void resume(RunState saved) {
        resume(new Trainer(saved.trainer(), threadCap), saved.evaluations());
    }

    /** The same with the trainer already restored from the state (built where a refusal can still change nothing). */
    public void resume(Trainer next, List<EvalResult> savedEvaluations) {
        trainer = next;
        scheduled = List.of();
        trainerBuilds = next.builds();
        newRun();
        synchronized (evals) {
            evals.addAll(savedEvaluations);
        }
        lastEvalIteration = savedEvaluations.isEmpty() ? 0 : savedEvaluations.get(savedEvaluations.size() - 1).iteration();
    }

    /**
     * Continues this run from one of its own earlier moments (a timeline's): as {@link #resume},
     * but the scheduled switches stay, the first {@code switchesDone} of them counted as landed,
     * so the run goes on exactly as it went on from there before.
     */
    public void continueFrom(Trainer next, List<EvalResult> savedEvaluations, int switchesDone) {
        List<ScheduledSwitch> keep = scheduled;
        resume(next, savedEvaluations);
        scheduled = keep;
        nextSwitch = Math.min(Math.max(0, switchesDone), keep.size());
    }

    public Trainer trainer() {
        return trainer;
    }

    public RunSpec spec() {
        return trainer.spec();
    }

    /**
     * One step of the paper's loop; returns the iteration's metrics when it completes one, else
     * null. After a divergence it does nothing and returns null until the run is reset.
     */
    public StepMetrics step() {
        if (divergence != null) return null;
        applyDueSwitches();
        long t0 = System.nanoTime();
        try {
            StepMetrics m = trainer.step();
            trainingNanos += System.nanoTime() - t0;
            if (m != null) iterationDone(m);
            return m;
        } catch (DivergenceException e) {
            divergence = e;
            return null;
        }
    }

    /**
     * Switches to apply, each when the run reaches its iteration (checked with
     * {@link ScheduledSwitch#checked}); replaces any earlier schedule. A reset replays them from
     * the start; a new setup or a resumed session clears them.
     */
    public void schedule(List<ScheduledSwitch> switches) {
        scheduled = List.copyOf(switches);
        nextSwitch = 0;
        skipPassedSwitches();
    }

    /** How many of the scheduled switches have landed (a reset starts the count again). */
    public int switchesDone() {
        return nextSwitch;
    }

    private void skipPassedSwitches() {
        while (nextSwitch < scheduled.size() && scheduled.get(nextSwitch).at() < trainer.iteration()) nextSwitch++;
    }

    private void applyDueSwitches() {
        if (!trainer.betweenIterations()) return;
        while (nextSwitch < scheduled.size() && scheduled.get(nextSwitch).at() <= trainer.iteration()) {
            trainer.apply(scheduled.get(nextSwitch++).change().applyTo(trainer.spec()));
        }
    }

    /** One generator iteration, or null if the run diverged. */
    public StepMetrics iteration() {
        StepMetrics m;
        do {
            m = step();
        } while (m == null && divergence == null);
        return m;
    }

    /** Runs a lone step (Step C, Step G), recording a divergence instead of throwing it. */
    public void single(Runnable step) {
        if (divergence != null) return;
        try {
            step.run();
        } catch (DivergenceException e) {
            divergence = e;
        }
    }

    private void iterationDone(StepMetrics m) {
        msPerCritic = m.criticMs() / Math.max(1, trainer.spec().criticIters());
        msPerGenerator = m.generatorMs();
        long now = System.nanoTime();
        int it = trainer.iteration();
        if (!schedule.due(it, lastEvalIteration, now - lastEvalNanos, evalTimes.pace()) || it >= trainer.spec().iters() && !schedule.skipWhenBusy()) return;
        if (schedule.skipWhenBusy() ? !evalSlots.tryAcquire() : !acquireWaiting()) return;
        lastEvalIteration = it;
        lastEvalNanos = now;
        submit(trainer.generator().copy(), trainer.critic().copy(), trainer.distribution(), it);
    }

    private boolean acquireWaiting() {
        try {
            evalSlots.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void submit(Mlp generator, Mlp critic, Distribution data, int iteration) {
        RunSpec s = trainer.spec();
        long of = run;
        evalThread.submit(() -> {
            try {
                // One kernel thread: the evaluation must not take the training thread's core.
                Parallel.useThreads(1);
                long t0 = System.nanoTime();
                land(Evaluation.evaluate(generator, critic, data, s.fixedGenerator(), s.evalSamples(), s.seed(), iteration), of);
                evalTimes.took(System.nanoTime() - t0);
            } finally {
                evalSlots.release();
            }
        });
    }

    /** The final evaluation, on the calling thread, after every queued one has landed; it is the last in {@link #evaluations()}. */
    public EvalResult evaluateNow() {
        awaitEvaluations();
        RunSpec s = trainer.spec();
        Evaluation.Evaluated e = Evaluation.evaluate(trainer.generator(), trainer.critic(), trainer.distribution(), s.fixedGenerator(), s.evalSamples(), s.seed(), trainer.iteration());
        land(e, run);
        return e.result();
    }

    /** Keeps an evaluation of run number of (dropped if the networks were rebuilt since), and its plan as the latest. */
    private void land(Evaluation.Evaluated e, long of) {
        synchronized (evals) {
            if (of != run) return;
            if (evals.size() >= MAX_EVALS) evals.subList(0, MAX_EVALS / 2).clear();
            evals.add(e.result());
            latestPlan = e.plan();
        }
    }

    /** The optimal transport plan of the latest evaluation, or null before the first. */
    public TransportPlan latestPlan() {
        synchronized (evals) {
            return latestPlan;
        }
    }

    /** Waits until every submitted evaluation has landed. */
    public void awaitEvaluations() {
        int all = schedule.skipWhenBusy() ? 1 : 1 + EvalSchedule.MAX_QUEUED;
        evalSlots.acquireUninterruptibly(all);
        evalSlots.release(all);
    }

    /** Evaluations submitted that have not landed yet (the running one included): never more than the schedule's bound. */
    public int evaluationsPending() {
        return (schedule.skipWhenBusy() ? 1 : 1 + EvalSchedule.MAX_QUEUED) - evalSlots.availablePermits();
    }

    /** The evaluations of this run that have landed, oldest first. */
    public List<EvalResult> evaluations() {
        synchronized (evals) {
            return List.copyOf(evals);
        }
    }

    /** Rebuilds the networks from the seed: a new run. */
    public void reset() {
        trainer.reset();
        nextSwitch = 0;
        newRunIfRebuilt();
    }

    /** This run's number: it grows when a rebuild, a reset, a new setup or a resumed session starts a new run. */
    public long run() {
        synchronized (evals) {
            return run;
        }
    }

    /** A whole new setup: its spec and new networks from its seed, built once, with no events. */
    public void start(RunSpec next) {
        scheduled = List.of();
        trainer.start(next);
        newRunIfRebuilt();
    }

    /** Applies a new spec at the next step; a rebuild starts a new run. */
    public List<TrainEvent> apply(RunSpec next) {
        List<TrainEvent> e = trainer.apply(next);
        newRunIfRebuilt();
        return e;
    }

    private void newRunIfRebuilt() {
        if (trainer.builds() == trainerBuilds) return;
        trainerBuilds = trainer.builds();
        newRun();
    }

    private void newRun() {
        synchronized (evals) {
            run++;
            evals.clear();
            latestPlan = null;
        }
        divergence = null;
        lastEvalIteration = 0;
        lastEvalNanos = 0;
        evalTimes.clear();
        msPerCritic = msPerGenerator = Double.NaN;
        trainingNanos = 0;
    }

    /** The divergence that stopped this run, or null. */
    public DivergenceException divergence() {
        return divergence;
    }

    /** The divergence in a teacher's words, or null. */
    /** What stopped the run, or null. */
    public RunProblem problem() {
        return divergence == null ? null : new RunProblem.Diverged(divergence.iteration());
    }

    /** Milliseconds per critic step and per generator step in the last iteration; NaN before the first. */
    public double msPerCritic() {
        return msPerCritic;
    }

    public double msPerGenerator() {
        return msPerGenerator;
    }

    /** Seconds spent in training steps since this run began (evaluations and views not counted). */
    public double trainingSeconds() {
        return trainingNanos / 1e9;
    }

    /** A snapshot with this run's evaluations. */
    public Snapshot snapshot() {
        TransportPlan plan;
        List<EvalResult> ev;
        synchronized (evals) {
            plan = latestPlan;
            ev = List.copyOf(evals);
        }
        return trainer.snapshot(ev, plan);
    }

    @Override
    public void close() {
        evalThread.shutdownNow();
    }
}
