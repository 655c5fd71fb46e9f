package org.wganlab.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Times the vector kernel's block shapes and panel sizes on this core and picks the fastest,
 * as OpenBLAS and BLIS choose a kernel per core type: the block that fits one core's registers
 * and ports starves another's. One thread, the kernel called directly (no row split), on the two
 * products of the widths that pack their operands: 256 x 512 x 512 and 256 x 256 x 256 (narrower
 * ones run unpacked, the same whichever shape), each timed as the products reading A in place
 * and the one packing it, which may take different blocks ({@link KernelTuning}).
 *
 * <p>The candidates run interleaved, round after round, and each keeps its median: the machine's
 * speed drifts over seconds, and a candidate timed alone in a slow second would lose unfairly.
 * A candidate replaces the default only when it is clearly faster ({@link #MARGIN}), so noise
 * does not move a machine from a good shape to an equal one.
 *
 * <p>The candidates run through {@link ProductKernel#mult}: the tuning in use is never
 * changed, so a run that trains while the probe times keeps its speed and its numbers.
 */
public final class KernelProbe {
    /** How much faster than the one kept a candidate must be to be chosen. */
    static final double MARGIN = 1.05;
    /** The panel sizes tried last, as bytes of packed B. */
    static final int[] PANELS = {128 * 1024, 256 * 1024, 512 * 1024, 1024 * 1024};

    /**
     * One candidate's rates in GFLOP/s, medians over the rounds, on the wide and the narrow
     * layer: its products that read A in place (the forward and the input gradient) and its
     * packed one (the weight gradient), timed apart so each kind of product can take its own
     * block ({@link KernelTuning}).
     */
    public record Timing(KernelTuning tuning, double wideInPlace, double narrowInPlace, double widePacked, double narrowPacked) {
        /** The wide layer's three products in turn, two in place to one packed, of equal work each. */
        public double wideGflops() {
            return layer(wideInPlace, widePacked);
        }

        public double narrowGflops() {
            return layer(narrowInPlace, narrowPacked);
        }

        private static double layer(double inPlace, double packed) {
            return 3 / (2 / inPlace + 1 / packed);
        }

        /** Both layers count: a tuning that wins on one and loses on the other helps only some networks. */
        double score() {
            return Math.sqrt(wideGflops() * narrowGflops());
        }

        double inPlaceScore() {
            return Math.sqrt(wideInPlace * narrowInPlace);
        }

        double packedScore() {
            return Math.sqrt(widePacked * narrowPacked);
        }
    }

    /** The stretches of k tried for the chosen shape. */
    static final int[] K_STRETCHES = {128, 256, 512};

    /** What the probe measured at each stage (shapes, then stretches of k, then panels) and chose. */
    public record Result(KernelTuning chosen, List<Timing> shapes, List<Timing> stretches, List<Timing> panels, double seconds) {
    }

    private final Products products;
    private final int rounds;
    private final long sliceNanos;
    /**
     * Four sets of operands, used in turn: 8 MB in all, more than a core's L2, so each product
     * finds its operands further out, as a training step does (a probe on one hot set chose
     * shapes that were slower in training).
     */
    private static final int SETS = 4;
    private final float[][] a = new float[SETS][256 * 512], b = new float[SETS][512 * 512], c = new float[SETS][256 * 512];
    private final float[] bias = new float[512];

    /**
     * @param rounds interleaved rounds per stage (the median of these counts)
     * @param sliceNanos how long each candidate runs in a round
     */
    public KernelProbe(Products products, int rounds, long sliceNanos) {
        this.products = products;
        if (rounds < 1 || sliceNanos < 1) throw new IllegalArgumentException("a probe needs rounds and time");
        this.rounds = rounds;
        this.sliceNanos = sliceNanos;
        // Any values do for timing; a fixed seed keeps runs alike.
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < SETS; i++) {
            for (int j = 0; j < a[i].length; j++) a[i][j] = (float) (r.nextDouble() - 0.5);
            for (int j = 0; j < b[i].length; j++) b[i][j] = (float) (r.nextDouble() - 0.5);
        }
    }

    /** The probe as the app runs it once per CPU: about four seconds with AVX2's three shapes. */
    public static KernelProbe standard() {
        return new KernelProbe(Products.standard(), 7, 20_000_000L);
    }

    /** Runs the whole probe ({@link #run(BooleanSupplier)} never cancelled). */
    public Result run() {
        return run(() -> false).orElseThrow();
    }

    /**
     * Times the shapes (with the default's stretch and panels) and keeps the best for an A read
     * in place and the best for a packed A, then times the stretches of k for those blocks, then
     * the panel sizes. The plain-Java kernel has nothing to choose.
     *
     * @param cancel checked between timing slices: when it turns true the probe stops and gives
     *               nothing (a half-run probe has not seen every candidate)
     */
    public Optional<Result> run(BooleanSupplier cancel) {
        long t0 = System.nanoTime();
        ProductKernel kernel = products.kernel();
        if (kernel.floatsPerVector() == 1) return Optional.of(new Result(products.tuning(), List.of(), List.of(), List.of(), 0));
        KernelTuning start = KernelTuning.defaultFor(kernel.floatsPerVector());
        try {
            List<KernelTuning> shapes = new ArrayList<>();
            for (BlockShape s : BlockShape.candidates(kernel.floatsPerVector())) shapes.add(start.withShape(s));
            List<Timing> shapeTimes = time(kernel, shapes, cancel);
            KernelTuning best = chooseBlocks(shapeTimes, start);
            List<KernelTuning> stretches = new ArrayList<>();
            for (int k : K_STRETCHES) stretches.add(best.withKStretch(k));
            List<Timing> stretchTimes = time(kernel, stretches, cancel);
            best = pick(stretchTimes, best);
            List<KernelTuning> panels = new ArrayList<>();
            for (int p : PANELS) panels.add(best.withPanelBytes(p));
            List<Timing> panelTimes = time(kernel, panels, cancel);
            best = pick(panelTimes, best);
            return Optional.of(new Result(best, shapeTimes, stretchTimes, panelTimes, (System.nanoTime() - t0) / 1e9));
        } catch (Cancelled c) {
            return Optional.empty();
        }
    }

    /** Unwinds a cancelled probe from inside its timing loops. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /**
     * From timings of candidates each with one block for both kinds of product: start with the
     * fastest block on the products reading A in place and the fastest on the packed one, each
     * unless start's own is within {@link #MARGIN} of it.
     */
    static KernelTuning chooseBlocks(List<Timing> shapeTimes, KernelTuning start) {
        BlockShape inPlace = pick(shapeTimes, start.withShape(start.shape()), Timing::inPlaceScore).shape();
        BlockShape packed = pick(shapeTimes, start.withShape(start.packedShape()), Timing::packedScore).shape();
        return start.withShapes(inPlace, packed);
    }

    /** The fastest timing, unless the one matching {@code keep} is within {@link #MARGIN} of it. */
    static KernelTuning pick(List<Timing> times, KernelTuning keep) {
        return pick(times, keep, Timing::score);
    }

    /** The same by another measure of speed. */
    static KernelTuning pick(List<Timing> times, KernelTuning keep, ToDoubleFunction<Timing> score) {
        Timing best = times.get(0), kept = null;
        for (Timing t : times) {
            if (score.applyAsDouble(t) > score.applyAsDouble(best)) best = t;
            if (t.tuning().equals(keep)) kept = t;
        }
        if (kept != null && score.applyAsDouble(kept) * MARGIN >= score.applyAsDouble(best)) return kept.tuning();
        return best.tuning();
    }

    private List<Timing> time(ProductKernel kernel, List<KernelTuning> candidates, BooleanSupplier cancel) {
        int n = candidates.size();
        // [candidate][wide in place, narrow in place, wide packed, narrow packed][round]
        double[][][] rates = new double[n][4][rounds];
        double[] pair = new double[2];
        for (KernelTuning t : candidates) { // the JIT compiles each shape's blocks before they are timed
            for (int i = 0; i < 2; i++) {
                rate(kernel, t, 512, 512, cancel, pair);
                rate(kernel, t, 256, 256, cancel, pair);
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                rate(kernel, candidates.get(i), 512, 512, cancel, pair);
                rates[i][0][r] = pair[0];
                rates[i][2][r] = pair[1];
                rate(kernel, candidates.get(i), 256, 256, cancel, pair);
                rates[i][1][r] = pair[0];
                rates[i][3][r] = pair[1];
            }
        }
        List<Timing> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][] c = rates[i];
            out.add(new Timing(candidates.get(i), median(c[0]), median(c[1]), median(c[2]), median(c[3])));
        }
        return out;
    }

    /**
     * A layer's three products in turn for about {@code sliceNanos}, each on the next set of
     * operands: the forward (256 x k by k x n, with the bias and the ReLU) and the input
     * gradient's product, both reading A in place, and the weight gradient (A^T B, A read down
     * its columns: packed). Writes the GFLOP/s of the first two into out[0] and of the third
     * into out[1]. Each does 2 x 256 x k x n flops.
     */
    private void rate(ProductKernel kernel, KernelTuning tuning, int k, int n, BooleanSupplier cancel, double[] out) {
        if (cancel.getAsBoolean()) throw new Cancelled();
        long start = System.nanoTime(), inPlaceNanos = 0, packedNanos = 0, t = start;
        int reps = 0, inPlace = 0;
        do {
            int set = reps % SETS;
            long t0 = t;
            switch (reps % 3) {
                case 0 -> kernel.mult(tuning, a[set], k, 1, b[set], bias, true, c[set], k, n, 0, 256);
                case 1 -> kernel.mult(tuning, a[set], 1, k, c[set], null, false, b[set], 256, n, 0, k);
                default -> kernel.mult(tuning, c[set], n, 1, b[set], null, false, a[set], n, k, 0, 256);
            }
            t = System.nanoTime();
            if (reps % 3 == 1) packedNanos += t - t0;
            else {
                inPlaceNanos += t - t0;
                inPlace++;
            }
            reps++;
        } while (t - start < sliceNanos || reps < 3);
        double flops = 2.0 * 256 * k * n;
        out[0] = flops * inPlace / inPlaceNanos;
        out[1] = flops * (reps - inPlace) / packedNanos;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
