package org.wganlab.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Tells a warm-up when the JIT compiler has settled: when the compilation time the JVM reports
 * grew by at most {@link #QUIET_MILLIS} over the last {@link #WINDOW_NANOS}. Timing while the
 * compiler still works measures the compiler's threads on the same cores, not the steady rate a
 * long run sees. Gives up waiting after {@link #MAX_NANOS} of warm-up (a JVM without the
 * monitoring counts as settled at once).
 */
final class JitSettling {
    /** The look-back window. */
    static final long WINDOW_NANOS = 2_000_000_000L;
    /** Compilation in the window below which the compiler counts as settled. */
    static final long QUIET_MILLIS = 40;
    /** The longest warm-up this waits for. */
    static final long MAX_NANOS = 30_000_000_000L;

    /** Total compilation milliseconds so far; null when the JVM does not count them. */
    private final LongSupplier compiledMillis;
    private long windowStart = -1;
    private long compiledAtWindowStart;

    /** Watches this JVM's compiler. */
    JitSettling() {
        this(jvmCompilationMillis());
    }

    /** Watches a count of compilation milliseconds (null: none, settled at once). */
    JitSettling(LongSupplier compiledMillis) {
        this.compiledMillis = compiledMillis;
    }

    private static LongSupplier jvmCompilationMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : null;
    }

    /**
     * Whether the compiler has settled, asked after each warm-up iteration with the warm-up's
     * elapsed time: true once a whole window passed with little compilation, or at the cap.
     */
    boolean settled(long elapsedNanos) {
        if (compiledMillis == null || elapsedNanos >= MAX_NANOS) return true;
        long compiled = compiledMillis.getAsLong();
        if (windowStart < 0) {
            windowStart = elapsedNanos;
            compiledAtWindowStart = compiled;
            return false;
        }
        if (elapsedNanos - windowStart < WINDOW_NANOS) return false;
        if (compiled - compiledAtWindowStart <= QUIET_MILLIS) return true;
        windowStart = elapsedNanos; // still compiling: look again over the next window
        compiledAtWindowStart = compiled;
        return false;
    }
}
