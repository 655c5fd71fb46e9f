package org.wganlab.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Bytes allocated by the JVM's live threads, as HotSpot counts them per thread: a training step
 * replays its buffers from an arena and allocates only the autodiff graph's small nodes, so a
 * timed stretch that allocates much more means code left to a slow path, such as a Vector API call C2 did not
 * intrinsify (it then boxes every vector), and a rate that says nothing about the kernel.
 */
final class AllocationMeter {
    /**
     * More than this per training step (all threads) is not the steady state: a warm step
     * allocates only the autodiff graph's small nodes, a few KB per layer (their tensors come
     * from the arena), while one vector operation left boxed allocates an object per call.
     */
    static final long SLOW_PATH_BYTES_PER_STEP = 1024 * 1024;

    private final com.sun.management.ThreadMXBean threads;

    /** Whether a generator iteration of criticIters critic steps and one generator step allocating this much ran on a slow path. */
    static boolean slowPath(long bytesPerIteration, int criticIters) {
        return bytesPerIteration > SLOW_PATH_BYTES_PER_STEP * (criticIters + 1L);
    }

    AllocationMeter() {
        this.threads = perThreadCounts();
    }

    /** HotSpot's per-thread counts, or null where the JVM has none or its runtime leaves out {@code jdk.management}. */
    private static com.sun.management.ThreadMXBean perThreadCounts() {
        try {
            ThreadMXBean t = ManagementFactory.getThreadMXBean();
            return t instanceof com.sun.management.ThreadMXBean s && s.isThreadAllocatedMemorySupported() && s.isThreadAllocatedMemoryEnabled() ? s : null;
        } catch (LinkageError absent) {
            return null;
        }
    }

    /** Whether this JVM counts allocation per thread (HotSpot does). */
    boolean supported() {
        return threads != null;
    }

    /** Bytes allocated so far by the threads alive now; -1 when not supported. */
    long allocatedBytes() {
        if (threads == null) return -1;
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) if (b > 0) sum += b;
        return sum;
    }
}
