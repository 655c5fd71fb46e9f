package org.wganlab.config;

/**
 * The training loop around the networks.
 *
 * @param iters          generator iterations of a command-line run
 * @param seed           the seed every random draw of the run comes from
 * @param threads        matrix-kernel threads; 0: every core
 * @param fixedGenerator fake = real + N(0, I) and only the critic trains (the paper's Figure 1(a))
 */
public record LoopSpec(int batch, int iters, long seed, int threads, boolean fixedGenerator) {
    public LoopSpec {
        Range.BATCH.check(batch);
        Range.ITERS.check(iters);
        Range.THREADS.check(threads);
    }

    /** The thread count in force: as asked, or every core (up to the most allowed). */
    public int resolvedThreads() {
        return threads > 0 ? threads : (int) Math.min(Range.THREADS.max(), Runtime.getRuntime().availableProcessors());
    }

    public LoopSpec withBatch(int b) {
        return new LoopSpec(b, iters, seed, threads, fixedGenerator);
    }

    public LoopSpec withIters(int n) {
        return new LoopSpec(batch, n, seed, threads, fixedGenerator);
    }

    public LoopSpec withSeed(long s) {
        return new LoopSpec(batch, iters, s, threads, fixedGenerator);
    }

    public LoopSpec withThreads(int t) {
        return new LoopSpec(batch, iters, seed, t, fixedGenerator);
    }

    public LoopSpec withFixedGenerator(boolean f) {
        return new LoopSpec(batch, iters, seed, threads, f);
    }
}
