package org.wganlab.autodiff;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits loops over rows across a fixed number of worker threads.
 *
 * <p>Every output element is computed by exactly one thread, with the same arithmetic in the
 * same order whatever the split, so results do not depend on the thread count.
 */
public final class Parallel {
    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static volatile ExecutorService pool;
    private static final ThreadLocal<Integer> CAP = new ThreadLocal<>();

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

    /**
     * Caps the threads kernels use when called from the current thread (a background view
     * worker takes one core, leaving the rest to training); null removes the cap.
     */
    public static void capCurrentThread(Integer n) {
        if (n == null) CAP.remove(); else CAP.set(Math.max(1, n));
    }

    /** Sets how many threads the kernels use (1 = the calling thread only). */
    public static synchronized void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1, got " + n);
        threads = n;
    }

    private static synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger id = new AtomicInteger();
            pool = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "wganlab-kernel-" + id.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /**
     * Runs body over [0, n) in up to {@link #threads()} contiguous chunks whose boundaries are
     * multiples of {@code align}; small work (by the caller's estimate {@code work}) stays on
     * the calling thread.
     */
    public static void forRange(int n, int align, long work, RangeBody body) {
        Integer cap = CAP.get();
        int t = cap == null ? threads : Math.min(cap, threads);
        if (t <= 1 || work < 2_000_000L || n < 2 * align) {
            body.run(0, n);
            return;
        }
        int chunks = Math.min(t, n / align);
        int blocks = (n + align - 1) / align;
        Future<?>[] futures = new Future<?>[chunks - 1];
        int start = 0;
        int[] bounds = new int[chunks + 1];
        for (int c = 0; c < chunks; c++) {
            bounds[c] = start;
            int nb = blocks / chunks + (c < blocks % chunks ? 1 : 0);
            start = Math.min(n, start + nb * align);
        }
        bounds[chunks] = n;
        for (int c = 1; c < chunks; c++) {
            final int lo = bounds[c];
            final int hi = bounds[c + 1];
            futures[c - 1] = pool().submit(() -> body.run(lo, hi));
        }
        body.run(bounds[0], bounds[1]);
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in a parallel kernel", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
    }
}
