package org.wganlab.train;

import java.util.Locale;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;

/**
 * What a run will hold in memory, estimated from its spec, so that a combination of settings
 * each allowed on its own (the widest network, the deepest, the largest batch) is refused in
 * one line before anything is built or written, not by an OutOfMemoryError halfway.
 */
public final class RunBudget {
    /**
     * Copies of every parameter a run keeps: the weights, a gradient per batch part and their
     * sum, two optimizer moments, and the snapshot copies views and evaluations hold.
     */
    static final int PARAMETER_COPIES = 9;
    /** Hidden-wide float buffers per row and layer: forward, backward, and the penalty's double backward. */
    static final int ACTIVATION_BUFFERS = 24;
    /** The share of the heap a run may plan to use: the rest is the window's, the exports' and the collector's. */
    static final double HEAP_SHARE = 0.7;

    private RunBudget() {
    }

    /** Parameters of an MLP from in to out through layers hidden layers of width hidden. */
    static long parameters(int in, int hidden, int layers, int out) {
        return (long) in * hidden + hidden + (long) (layers - 1) * ((long) hidden * hidden + hidden) + (long) hidden * out + out;
    }

    /** Estimated bytes: both networks' parameter copies, the step's activations, an evaluation's n x n cost matrix. */
    public static long bytes(RunSpec s) {
        long params = parameters(2, s.hidden(), s.layers(), 2) + parameters(2, s.hidden(), s.layers(), 1);
        long activations = (long) ACTIVATION_BUFFERS * 2 * s.batch() * s.hidden() * s.layers();
        long evaluation = 8L * s.evalSamples() * s.evalSamples();
        return 4 * (PARAMETER_COPIES * params + activations) + evaluation;
    }

    /** Refuses a spec whose estimate exceeds the share of maxHeap a run may use, naming both. */
    public static void check(RunSpec s, long maxHeap) {
        long need = bytes(s);
        long allowed = (long) (maxHeap * HEAP_SHARE);
        if (need > allowed) {
            throw new SpecException(String.format(Locale.ROOT,
                    "width %d x %d layers with batch %d and %d evaluation points needs about %s of memory; this Java has %s (at most %s for a run)."
                            + " Choose a smaller network or batch, or give Java more memory (java -Xmx...)",
                    s.hidden(), s.layers(), s.batch(), s.evalSamples(), size(need), size(maxHeap), size(allowed)));
        }
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30)) : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
