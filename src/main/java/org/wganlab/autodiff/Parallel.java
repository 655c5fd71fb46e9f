package org.wganlab.autodiff;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits loops over rows across a fixed number of threads: the caller and persistent workers.
 *
 * <p>A training step runs hundreds of products of a millisecond or less, so the hand-off must
 * cost microseconds, not the tens of an executor's queue and futures: each worker spins
 * briefly on its next task before parking, and the caller spins on the count of unfinished
 * chunks. One caller at a time uses the workers; another thread arriving meanwhile (an
 * evaluation, the heatmap) simply runs its loop itself.
 *
 * <p>Every output element is computed by exactly one thread, with the same arithmetic in the
 * same order whatever the split, so results do not depend on the thread count.
 */
public final class Parallel {
    /** Below this many multiply-adds a product runs on one thread: the split costs more than it saves. */
    public static final long MIN_SPLIT_WORK = Long.getLong("wganlab.minSplit", 16_000_000L);
    private static final long SPIN_NANOS = Long.getLong("wganlab.spin", 500_000L);

    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static final ThreadLocal<Integer> CAP = new ThreadLocal<>();
    private static final AtomicBoolean BUSY = new AtomicBoolean();
    private static final AtomicInteger PENDING = new AtomicInteger();
    private static volatile Worker[] workers = new Worker[0];

    private Parallel() {
    }

    /** A body over the half-open range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    public static int threads() {
        return threads;
    }

    /** Sets how many threads the kernels use (1 = the calling thread only). */
    public static synchronized void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1, got " + n);
        threads = n;
    }

    /**
     * Caps the threads kernels use when called from the current thread (a background view
     * worker takes one core, leaving the rest to training); null removes the cap.
     */
    public static void capCurrentThread(Integer n) {
        if (n == null) CAP.remove(); else CAP.set(Math.max(1, n));
    }

    private static synchronized Worker[] workers(int n) {
        Worker[] w = workers;
        if (w.length >= n) return w;
        Worker[] more = java.util.Arrays.copyOf(w, n);
        for (int i = w.length; i < n; i++) {
            more[i] = new Worker(i + 1);
            more[i].start();
        }
        workers = more;
        return more;
    }

    private static int threadsHere() {
        Integer cap = CAP.get();
        return cap == null ? threads : Math.min(cap, threads);
    }

    /**
     * Whether {@link #forRange} could split this loop. Callers run small loops directly instead:
     * a kernel inlined through forRange's shared call site into one big compiled method lost
     * its Vector API intrinsics there (JDK 17 fell back to the boxed Java path, seen with JFR).
     */
    public static boolean splits(int n, int align, long work) {
        return work >= MIN_SPLIT_WORK && n >= 2 * align && threadsHere() > 1;
    }

    /**
     * Runs body over [0, n) in up to {@link #threads()} contiguous chunks whose boundaries are
     * multiples of {@code align}; small work (by the caller's estimate {@code work}) stays on
     * the calling thread.
     */
    public static void forRange(int n, int align, long work, RangeBody body) {
        int t = threadsHere();
        if (t <= 1 || work < MIN_SPLIT_WORK || n < 2 * align || !BUSY.compareAndSet(false, true)) {
            body.run(0, n);
            return;
        }
        try {
            int chunks = Math.min(t, n / align);
            int blocks = (n + align - 1) / align;
            int[] bounds = new int[chunks + 1];
            int start = 0;
            for (int c = 0; c < chunks; c++) {
                bounds[c] = start;
                int nb = blocks / chunks + (c < blocks % chunks ? 1 : 0);
                start = Math.min(n, start + nb * align);
            }
            bounds[chunks] = n;
            Worker[] ws = workers(chunks - 1);
            PENDING.set(chunks - 1);
            for (int c = 1; c < chunks; c++) ws[c - 1].give(body, bounds[c], bounds[c + 1]);
            body.run(bounds[0], bounds[1]);
            while (PENDING.get() > 0) Thread.onSpinWait();
            for (int c = 1; c < chunks; c++) ws[c - 1].rethrow();
        } finally {
            BUSY.set(false);
        }
    }

    private static final class Worker extends Thread {
        private volatile RangeBody body;
        private int from;
        private int to;
        private volatile Throwable failure;

        Worker(int id) {
            super("wganlab-kernel-" + id);
            setDaemon(true);
        }

        void give(RangeBody b, int lo, int hi) {
            from = lo;
            to = hi;
            failure = null;
            body = b; // volatile write publishes from and to
            LockSupport.unpark(this);
        }

        void rethrow() {
            Throwable f = failure;
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error e) throw e;
            if (f != null) throw new IllegalStateException(f);
        }

        @Override
        public void run() {
            while (true) {
                RangeBody b = body;
                if (b == null) {
                    long spinStart = System.nanoTime();
                    while ((b = body) == null && System.nanoTime() - spinStart < SPIN_NANOS) Thread.onSpinWait();
                    if (b == null) {
                        LockSupport.park(this);
                        continue;
                    }
                }
                try {
                    b.run(from, to);
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    body = null;
                    PENDING.decrementAndGet();
                }
            }
        }
    }
}
