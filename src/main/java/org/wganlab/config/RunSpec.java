package org.wganlab.config;

import java.util.Objects;
import org.wganlab.data.Distribution;
import org.wganlab.nn.Activation;

/**
 * Everything that defines a run, immutable and valid by construction: each part checks its
 * own values against its {@link Range}s. The window, the command line, saved setups and presets
 * all make and read this one type; a change is a new spec made with a {@code with...} method,
 * and {@link SpecDiff} says what changed and whether the networks must be rebuilt.
 * config.json is its file form ({@link SpecJson}).
 */
public record RunSpec(DataSpec data, Method method, NetworkSpec network, CriticSpec critic, OptimizerSpec optimizer, LoopSpec loop, EvalSpec eval) {
    public RunSpec {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(critic, "critic");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(eval, "eval");
    }

    /** The defaults of config.json for any key a file leaves out (and of {@code train} without flags). */
    public static RunSpec defaults() {
        return new RunSpec(DataSpec.named("8gaussians"), Method.GP, new NetworkSpec(128, 3, Activation.RELU), new CriticSpec(5, 0.1, 0.01),
                OptimizerSpec.DEFAULTS, new LoopSpec(256, 2000, 0, 0, false), new EvalSpec(0, 1000));
    }

    // ---- the values most callers want, resolved --------------------------------------------

    public Distribution distribution() {
        return data.distribution();
    }

    public int hidden() {
        return network.hidden();
    }

    public int layers() {
        return network.layers();
    }

    public Activation activation() {
        return network.activation();
    }

    public int batch() {
        return loop.batch();
    }

    public int criticIters() {
        return critic.iters();
    }

    public double lambda() {
        return critic.lambda();
    }

    public double clip() {
        return critic.clip();
    }

    public OptimizerKind optimizerKind() {
        return optimizer.resolvedKind(method);
    }

    public double lr() {
        return optimizer.resolvedLr(method);
    }

    /** The learning rate this many generator iterations into the schedule. */
    public double lrAt(int itersIntoSchedule) {
        return optimizer.lrAt(method, itersIntoSchedule);
    }

    public long seed() {
        return loop.seed();
    }

    public int iters() {
        return loop.iters();
    }

    public boolean fixedGenerator() {
        return loop.fixedGenerator();
    }

    public int resolvedThreads() {
        return loop.resolvedThreads();
    }

    public int evalSamples() {
        return eval.samples();
    }

    // ---- changes ---------------------------------------------------------------------------

    public RunSpec withData(DataSpec d) {
        return new RunSpec(d, method, network, critic, optimizer, loop, eval);
    }

    public RunSpec withMethod(Method m) {
        return new RunSpec(data, m, network, critic, optimizer, loop, eval);
    }

    public RunSpec withNetwork(NetworkSpec n) {
        return new RunSpec(data, method, n, critic, optimizer, loop, eval);
    }

    public RunSpec withCritic(CriticSpec c) {
        return new RunSpec(data, method, network, c, optimizer, loop, eval);
    }

    public RunSpec withOptimizer(OptimizerSpec o) {
        return new RunSpec(data, method, network, critic, o, loop, eval);
    }

    public RunSpec withLoop(LoopSpec l) {
        return new RunSpec(data, method, network, critic, optimizer, l, eval);
    }

    public RunSpec withEval(EvalSpec e) {
        return new RunSpec(data, method, network, critic, optimizer, loop, e);
    }

    public RunSpec withLambda(double l) {
        return withCritic(critic.withLambda(l));
    }

    public RunSpec withClip(double c) {
        return withCritic(critic.withClip(c));
    }

    public RunSpec withCriticIters(int n) {
        return withCritic(critic.withIters(n));
    }

    public RunSpec withLr(Double lr) {
        return withOptimizer(optimizer.withLr(lr));
    }

    public RunSpec withLrDecay(int iters) {
        return withOptimizer(optimizer.withLrDecay(iters));
    }

    public RunSpec withBatch(int b) {
        return withLoop(loop.withBatch(b));
    }

    public RunSpec withSeed(long s) {
        return withLoop(loop.withSeed(s));
    }

    public RunSpec withIters(int n) {
        return withLoop(loop.withIters(n));
    }

    public RunSpec withThreads(int t) {
        return withLoop(loop.withThreads(t));
    }

    public RunSpec withFixedGenerator(boolean f) {
        return withLoop(loop.withFixedGenerator(f));
    }

    public RunSpec withHidden(int h) {
        return withNetwork(network.withHidden(h));
    }

    public RunSpec withLayers(int l) {
        return withNetwork(network.withLayers(l));
    }
}
