package org.wganlab.kernel;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where the time of the thread that drives a run goes, for {@code bench --breakdown}: matrix
 * products (and, within them, the time it waits for the other thread's share), elementwise
 * passes, the optimizer steps with clipping, packing the weights ahead of a step, and waiting
 * for the other thread outside the products (a batch's other part). Off by default: every
 * probe is one read of a volatile that is null, and only the driving thread counts, so the
 * figures add up to its wall time.
 */
public final class Breakdown {
    /** What the driving thread's time is spent on. */
    public enum Phase {
        PRODUCTS("matrix products"), WAITING_IN_PRODUCTS("of which waiting for the other thread's share"), ELEMENTWISE("elementwise passes"),
        OPTIMIZER("optimizer steps and clipping"), PACKING("packing the weights ahead of a step"), WAITING("waiting for the other thread (a batch's other part)");

        public final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static volatile Thread driver;
    private static final long[] NANOS = new long[Phase.values().length];
    private static int productDepth;

    private Breakdown() {
    }

    /** Starts counting on the calling thread, from zero. */
    public static void start() {
        java.util.Arrays.fill(NANOS, 0);
        productDepth = 0;
        driver = Thread.currentThread();
    }

    public static void stop() {
        driver = null;
    }

    /** The nanoseconds counted per phase since {@link #start}. */
    public static Map<Phase, Long> nanos() {
        Map<Phase, Long> m = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) m.put(p, NANOS[p.ordinal()]);
        return m;
    }

    /** Whether the calling thread counts: the breakdown is on and this is the thread it watches. */
    static boolean counts() {
        return driver == Thread.currentThread();
    }

    static void add(Phase p, long nanos) {
        if (counts()) NANOS[p.ordinal()] += nanos;
    }

    static void enterProduct() {
        if (counts()) productDepth++;
    }

    static void exitProduct(long nanos) {
        if (!counts()) return;
        productDepth--;
        NANOS[Phase.PRODUCTS.ordinal()] += nanos;
    }

    /** The waiting counted outside products so far (0 on a thread that does not count). */
    static long waitedOutsideProducts() {
        return counts() ? NANOS[Phase.WAITING.ordinal()] : 0;
    }

    /** Time the driving thread waited for other threads: inside a product or outside one. */
    static void waited(long nanos) {
        if (counts()) NANOS[(productDepth > 0 ? Phase.WAITING_IN_PRODUCTS : Phase.WAITING).ordinal()] += nanos;
    }
}
