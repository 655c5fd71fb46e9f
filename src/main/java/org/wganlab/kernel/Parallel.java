package org.wganlab.kernel;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Splits loops over rows across a fixed number of threads: the caller and persistent workers.
 *
 * <p>A training step runs hundreds of products of a millisecond or less, so the hand-off must
 * cost microseconds, not the tens of an executor's queue and futures. A loop is cut into
 * chunks that shrink from both ends towards the middle ({@link #cut}); the caller claims chunks
 * from the front, workers from the back, until the two meet. So a worker that is late (parked,
 * or its core taken by the JIT compiler or the garbage collector) costs nothing: the caller
 * simply goes on into its chunks instead of waiting for it; and the one that finishes first
 * waits for a small chunk at most (cut into equal eighths, the threads sat waiting on each
 * other for a few percent of every wide product). And each thread tends to get the same rows loop after loop, so a chain of
 * row-wise products (a forward pass) finds its rows in the cache of the core that wrote them.
 * Workers spin briefly for the next loop before parking.
 *
 * <p>One caller at a time uses the workers; another thread arriving meanwhile (an evaluation,
 * the heatmap) runs its loop itself. Every output element is computed by exactly one thread,
 * with the same arithmetic in the same order whatever the split, so results do not depend on
 * the thread count or on which thread ran which chunk.
 */
public final class Parallel {
    /**
     * The workers are one pool per process, shared by every run and view, so their settings
     * are the process's: the system properties' ({@link KernelOptions#fromSystemProperties}).
     */
    private static final KernelOptions POOL_OPTIONS = KernelOptions.fromSystemProperties();
    /** Below this many multiply-adds a product runs on one thread: the split costs more than it saves. */
    public static final long MIN_SPLIT_WORK = POOL_OPTIONS.minSplitWork();
    /**
     * What one element of an elementwise pass counts as, in multiply-adds, against
     * {@link #MIN_SPLIT_WORK}: a pass is memory-bound and short, so only large ones split.
     */
    public static final long ELEMENT_WORK = POOL_OPTIONS.elementWork();
    private static final long SPIN_NANOS = POOL_OPTIONS.spinNanos();
    private static final long YIELD_AFTER_NANOS = POOL_OPTIONS.yieldAfterNanos();
    /** Chunks per thread when {@link #GUIDED} is off: enough to even out a late start, few enough that claiming stays cheap. */
    private static final int CHUNKS_PER_THREAD = 4;
    /** The most chunks one loop is cut into (indices fit the 16 bits CLAIMS gives them). */
    private static final int MAX_CHUNKS = 1 << 12;
    /** Whether loops are cut into shrinking chunks ({@link KernelOptions#guidedChunks}); equal ones are for measuring against. */
    private static final boolean GUIDED = POOL_OPTIONS.guidedChunks();

    /** At most this many threads, so that chunk indices fit the 16 bits CLAIMS gives them. */
    public static final int MAX_THREADS = 1024;
    /** Where a thread has not said otherwise: every core. */
    public static final int DEFAULT_THREADS = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    /**
     * How many threads loops started from each thread may use: a run sets its own count on the
     * thread that drives it, a background view worker takes one, and neither changes the other's.
     */
    private static final ThreadLocal<int[]> HERE = ThreadLocal.withInitial(() -> new int[] {DEFAULT_THREADS});
    private static final AtomicBoolean BUSY = new AtomicBoolean();
    private static volatile Worker[] workers = new Worker[0];

    // The loop on offer. CLAIMS packs (generation << 32 | front << 16 | back): chunks in
    // [front, back) are unclaimed. A thread holding a stale generation fails its
    // compare-and-set, so it can never run a chunk of a later loop.
    private static final AtomicLong CLAIMS = new AtomicLong();
    private static final AtomicInteger DONE = new AtomicInteger();
    private static volatile RangeBody body;
    /** Chunk c of the loop on offer is [BOUNDS[c], BOUNDS[c + 1]); written before CLAIMS publishes it. */
    private static final int[] BOUNDS = new int[MAX_CHUNKS + 1];
    private static volatile Throwable failure;
    private static int generation;

    private Parallel() {
    }

    /** A body over the half-open range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /** The threads loops started from the calling thread use. */
    public static int threads() {
        return HERE.get()[0];
    }

    /**
     * Sets how many threads loops started from the calling thread use (1: that thread only),
     * for that thread alone; returns the count it had, for the caller to restore.
     */
    public static int useThreads(int n) {
        if (n < 1 || n > MAX_THREADS) throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + n);
        int[] here = HERE.get();
        int before = here[0];
        here[0] = n;
        return before;
    }

    /**
     * Whether {@link #forRange} could split this loop. Callers run small loops directly instead:
     * a kernel inlined through forRange's shared call site into one big compiled method lost
     * its Vector API intrinsics there (JDK 17 fell back to the boxed Java path, seen with JFR).
     */
    public static boolean splits(int n, int align, long work) {
        // Held workers (the parts of a batch running, or another caller's loop) mean forRange
        // would run the loop here anyway: say so before the thread-local cap lookup.
        return work >= MIN_SPLIT_WORK && n >= 2 * align && !BUSY.get() && threads() > 1;
    }

    private static synchronized Worker[] workers(int n) {
        Worker[] w = workers;
        if (w.length >= n) return w;
        Worker[] more = Arrays.copyOf(w, n);
        for (int i = w.length; i < n; i++) {
            more[i] = new Worker(i + 1);
            more[i].start();
        }
        workers = more;
        return more;
    }

    /**
     * Runs body over [0, n) in chunks whose boundaries are multiples of {@code align}, on up to
     * {@link #threads()} threads; small work (by the caller's estimate {@code work}) stays on
     * the calling thread.
     */
    public static void forRange(int n, int align, long work, RangeBody loop) {
        int t = threads();
        if (t <= 1 || work < MIN_SPLIT_WORK || n < 2 * align || !BUSY.compareAndSet(false, true)) {
            loop.run(0, n);
            return;
        }
        try {
            int count = cut(n, align, t, BOUNDS);
            Worker[] ws = workers(t - 1);
            body = loop;
            failure = null;
            DONE.set(0);
            long gen = ++generation & 0xffffffffL;
            CLAIMS.set(gen << 32 | count); // publishes the fields above
            for (int i = 0; i < t - 1; i++) ws[i].wake();
            runChunks(gen, loop, true);
            awaitDone(count);
            body = null;
            Throwable f = failure;
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error e) throw e;
            if (f != null) throw new IllegalStateException(f);
        } finally {
            BUSY.set(false);
        }
    }

    /**
     * Runs body(0) ... body(parts - 1), independent pieces of work (the parts of a batch).
     * With no more threads than parts each part runs whole on one thread, its own products
     * unsplit: one hand-off per step instead of one per product, and the elementwise work runs
     * in parallel too. With more threads than parts they run one after another, each splitting
     * its products across all threads. Either way each part does the same arithmetic, so the
     * results do not depend on which thread ran it.
     */
    public static void forEachPart(int parts, IntConsumer body) {
        int t = threads();
        if (t <= 1 || t > parts || parts < 2) {
            for (int p = 0; p < parts; p++) body.accept(p);
            return;
        }
        // While the parts run they hold the workers (BUSY), so the products inside them run unsplit.
        forRange(parts, 1, Long.MAX_VALUE, (from, to) -> {
            for (int p = from; p < to; p++) body.accept(p);
        });
    }

    /**
     * Waits for the chunks other threads still run. Spins first (a chunk takes microseconds),
     * then yields between checks: should the scheduler have put a worker on this thread's core,
     * spinning through the time slice would keep the very chunk it waits for from running.
     */
    private static void awaitDone(int count) {
        long start = System.nanoTime();
        while (DONE.get() < count) {
            if (System.nanoTime() - start < YIELD_AFTER_NANOS) Thread.onSpinWait();
            else Thread.yield();
        }
        Breakdown.waited(System.nanoTime() - start);
    }

    /**
     * Cuts [0, n) into chunks on multiples of align (chunk c is [bounds[c], bounds[c + 1])) and
     * returns how many. The chunks shrink from both ends towards the middle, where the front
     * and back claimers meet: whichever thread finishes first then waits for at most a small
     * chunk, not an eighth of the loop. The smallest keep at least a sixteenth of a thread's
     * share, so that a packed product's chunk still runs several row bands against each block of B.
     */
    static int cut(int n, int align, int t, int[] bounds) {
        int blocks = (n + align - 1) / align;
        if (!GUIDED) {
            int count = Math.min(blocks, t * CHUNKS_PER_THREAD);
            int per = (blocks + count - 1) / count;
            count = (blocks + per - 1) / per;
            for (int c = 0; c <= count; c++) bounds[c] = Math.min(n, c * per * align);
            return count;
        }
        int least = Math.max(1, blocks / (16 * t)), half = blocks / 2, side = 0;
        bounds[0] = 0;
        // The front half's chunks, largest first, each half of what is left; the back half mirrors them.
        for (int rem = half; rem > 0 && side < MAX_CHUNKS / 2 - 1; side++) {
            int size = Math.min(rem, Math.max(least, (rem + 1) / 2));
            bounds[side + 1] = bounds[side] + size;
            rem -= size;
        }
        // A middle chunk between the halves: an odd block (or the rest, had the cut run out of chunks).
        int count = 2 * side + (blocks % 2 == 1 || bounds[side] < half ? 1 : 0);
        if (count > 2 * side) bounds[side + 1] = blocks - bounds[side];
        for (int c = 0; c < side; c++) bounds[count - c] = blocks - bounds[c];
        for (int c = 0; c <= count; c++) bounds[c] = Math.min(n, bounds[c] * align);
        return count;
    }

    /** Claims and runs chunks of generation gen, from the front or the back, until none are left. */
    private static void runChunks(long gen, RangeBody loop, boolean front) {
        while (true) {
            long s = CLAIMS.get();
            int lo = (int) (s >>> 16) & 0xffff, hi = (int) s & 0xffff;
            if (s >>> 32 != gen || lo >= hi) return;
            int c = front ? lo : hi - 1;
            if (!CLAIMS.compareAndSet(s, front ? s + (1 << 16) : s - 1)) continue;
            try {
                loop.run(BOUNDS[c], BOUNDS[c + 1]);
            } catch (Throwable e) {
                failure = e;
            } finally {
                DONE.incrementAndGet();
            }
        }
    }

    private static final class Worker extends Thread {
        private volatile boolean parked;
        private long seen;

        Worker(int id) {
            super("wganlab-kernel-" + id);
            setDaemon(true);
        }

        void wake() {
            if (parked) LockSupport.unpark(this);
        }

        /** The generation on offer if it still has unclaimed chunks and is new to this worker, else -1. */
        private long offered() {
            long s = CLAIMS.get();
            long gen = s >>> 32;
            return gen != seen && ((int) (s >>> 16) & 0xffff) < ((int) s & 0xffff) ? gen : -1;
        }

        @Override
        public void run() {
            while (true) {
                long gen = offered();
                if (gen < 0) {
                    // Spin, yielding now and then so that a caller sharing this core can run.
                    long spinStart = System.nanoTime(), lastYield = spinStart, now = spinStart;
                    while ((gen = offered()) < 0 && (now = System.nanoTime()) - spinStart < SPIN_NANOS) {
                        if (now - lastYield > YIELD_AFTER_NANOS) {
                            Thread.yield();
                            lastYield = now;
                        } else {
                            Thread.onSpinWait();
                        }
                    }
                }
                if (gen < 0) {
                    parked = true;
                    if ((gen = offered()) < 0) LockSupport.park(this);
                    parked = false;
                    if (gen < 0) continue;
                }
                seen = gen;
                // Read after the claim state: valid for gen as long as a claim of gen succeeds.
                RangeBody loop = body;
                if (loop != null) runChunks(gen, loop, false);
            }
        }
    }
}
