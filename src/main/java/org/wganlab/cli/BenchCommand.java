package org.wganlab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.RunSpec;
import org.wganlab.kernel.Breakdown;
import org.wganlab.kernel.KernelProbe;
import org.wganlab.kernel.KernelTuning;
import org.wganlab.kernel.Parallel;
import org.wganlab.kernel.Products;
import org.wganlab.kernel.tuning.KernelSetup;
import org.wganlab.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times generator iterations after a warm-up, like the PyTorch reference
 * (../shared/bench/torch_wgan_gp.py), and prints {@code generator_iters_per_s=...} last.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time generator iterations (8gaussians, batch 256, 5 critic steps, float32 unless told otherwise).")
final class BenchCommand implements Callable<Integer> {
    private static final Products PRODUCTS = Products.standard();

    /** The reference benchmark's width. */
    static final int DEFAULT_HIDDEN = 512;

    private final PrintStream out;
    @Spec
    CommandSpec command;
    @Mixin
    SpecOptions specOptions;
    @Option(names = "--iters", paramLabel = "N", description = "timed generator iterations (default: ${DEFAULT-VALUE})", defaultValue = "20")
    int iters;
    @Option(names = "--warmup", paramLabel = "N", description = "at least this many warm-up iterations (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int warmup;
    @Option(names = "--warmup-seconds", paramLabel = "S", description = "and at least this long (default: ${DEFAULT-VALUE})", defaultValue = "4")
    double warmupSeconds;
    @Option(names = "--settle", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "after that, warm up on until the JIT compiler has settled (at most 30 s; default: ${DEFAULT-VALUE}); --no-settle stops at the minimum")
    boolean settle;
    @Option(names = "--kernel-check", description = "also print the product rate inside training next to the kernel's rate alone on 256x512x512 (one thread)")
    boolean kernelCheck;
    @Option(names = "--breakdown", description = "after the timed iterations, as many again with the driving thread's time split by phase: products (and waiting within them), "
            + "elementwise passes, optimizer steps, packing the weights ahead, waiting for the other thread, the rest")
    boolean breakdown;
    @Option(names = "--tune-kernel", description = "first time the product kernel's block shapes, stretches of k and panel sizes on this CPU (a few seconds), print them and run with the fastest")
    boolean tuneKernel;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    /** Bench's defaults: the spec's, but the reference's width. */
    static String defaultValue(ArgSpec a) {
        if (!(a instanceof OptionSpec o)) return null;
        if (o.longestName().equals("--iters") || o.longestName().startsWith("--warmup")) return null;
        return SpecOptions.defaultOf(o.longestName(), RunSpec.defaults().withHidden(DEFAULT_HIDDEN));
    }

    @Override
    public Integer call() {
        if (iters < 1) throw new UsageException("--iters must be positive, got " + iters);
        if (warmup < 0) throw new UsageException("--warmup must not be negative, got " + warmup);
        if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) throw new UsageException("--warmup-seconds must not be negative, got " + warmupSeconds);
        RunSpec c = RunLengthOptions.withinBudget(specOptions.resolve(command, RunSpec.defaults().withHidden(DEFAULT_HIDDEN)));
        if (tuneKernel) tune();
        else KernelSetup.prepareFor(c.hidden(), notice -> System.err.println("wgan-lab: " + notice));
        Trainer t = new Trainer(c);
        // At least --warmup iterations and --warmup-seconds, then on until the JIT has settled:
        // it compiles the kernels within seconds, but the per-step code only as the steps add up,
        // and at width 512 (20 iterations a second) its compiler threads took the cores for ~10 s.
        long warmStart = System.nanoTime();
        int warmed = 0;
        JitSettling jit = settle ? new JitSettling() : new JitSettling(null);
        while (warmed < warmup || System.nanoTime() - warmStart < warmupSeconds * 1e9 || !jit.settled(System.nanoTime() - warmStart)) {
            t.generatorIteration();
            warmed++;
        }
        // One counted iteration before the timed ones: the products' work from their shapes (the counters' clock reads would slow the timed ones).
        PRODUCTS.startCounting();
        t.generatorIteration();
        PRODUCTS.stopCounting();
        long flopsPerIter = PRODUCTS.countedFlops();
        if (kernelCheck) PRODUCTS.startCounting();
        AllocationMeter meter = new AllocationMeter();
        long bytes0 = meter.allocatedBytes();
        long t0 = System.nanoTime();
        for (int i = 0; i < iters; i++) t.generatorIteration();
        double s = (System.nanoTime() - t0) / 1e9;
        long perIter = meter.supported() ? (meter.allocatedBytes() - bytes0) / iters : -1;
        if (kernelCheck) {
            PRODUCTS.stopCounting();
            double inTraining = PRODUCTS.countedGflops();
            double aloneHere = kernelAlone(256, 512, 512);
            out.printf(Locale.ROOT, "matmul_in_training_gflops=%.1f matmul_share_of_time=%.2f kernel_alone_256x512x512_gflops=%.1f ratio=%.2f%n",
                    inTraining, PRODUCTS.countedSeconds() / s, aloneHere, inTraining / aloneHere);
        }
        double rate = iters / s;
        out.printf(Locale.ROOT, "config mode=%s hidden=%d batch=%d critic_iters=%d threads=%d kernel=%s fma=%s vector_bits=%s block=%s java=%s warmup=%d warmup_s=%.1f iters=%d elapsed_s=%.4f%n",
                c.method().id, c.hidden(), c.batch(), c.criticIters(), c.resolvedThreads(), PRODUCTS.kernelName(), Products.fmaName(), vectorBitsLabel(), blockLabel(), Runtime.version().feature(), warmed, (System.nanoTime() - warmStart) / 1e9 - s, iters, s);
        out.printf(Locale.ROOT, "final_critic wasserstein_estimate=%.6g disc_cost=%.6g%n", t.lastMetrics().wEstimate(), t.lastMetrics().criticLoss());
        if (perIter >= 0) out.printf(Locale.ROOT, "allocated_kb_per_iter=%.1f%n", perIter / 1024.0);
        if (AllocationMeter.slowPath(perIter, c.criticIters())) {
            System.err.printf(Locale.ROOT, "wgan-lab: the timed iterations allocated %.1f MB each, where warm ones allocate tens of KB: some code ran on a slow path"
                    + " (such as a vector kernel the JIT compiled only in part), so this rate is not representative; run again%n", perIter / (1024.0 * 1024));
        }
        // The limit: the product kernel alone on one core, times the threads; how near training comes to it.
        double achieved = flopsPerIter * rate / 1e9;
        double alone = kernelAlone(256, 512, 512);
        out.printf(Locale.ROOT, "matmul_flops_per_iter=%d matmul_gflop_per_iter=%.3f achieved_gflops=%.1f kernel_alone_gflops=%.1f threads=%d limit_fraction=%.2f%n",
                flopsPerIter, flopsPerIter / 1e9, achieved, alone, c.resolvedThreads(), achieved / (alone * c.resolvedThreads()));
        if (breakdown) breakdown(t);
        out.printf(Locale.ROOT, "generator_iters_per_s=%.4f%n", rate);
        return 0;
    }

    /**
     * The timed iterations again with the breakdown on (its clock reads would slow the timed
     * ones): milliseconds per iteration of the driving thread, by phase, and the rest.
     */
    private void breakdown(Trainer t) {
        Breakdown.start();
        long t0 = System.nanoTime();
        for (int i = 0; i < iters; i++) t.generatorIteration();
        long wall = System.nanoTime() - t0;
        Breakdown.stop();
        Map<Breakdown.Phase, Long> n = Breakdown.nanos();
        double per = wall / 1e6 / iters;
        long counted = n.get(Breakdown.Phase.PRODUCTS) + n.get(Breakdown.Phase.ELEMENTWISE) + n.get(Breakdown.Phase.OPTIMIZER) + n.get(Breakdown.Phase.PACKING)
                + n.get(Breakdown.Phase.WAITING);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "breakdown ms_per_iter=%.2f", per));
        for (Breakdown.Phase p : Breakdown.Phase.values()) {
            b.append(String.format(Locale.ROOT, " %s=%.2f(%.0f%%)", p.name().toLowerCase(Locale.ROOT), n.get(p) / 1e6 / iters, 100.0 * n.get(p) / wall));
        }
        b.append(String.format(Locale.ROOT, " rest=%.2f(%.0f%%)", (wall - counted) / 1e6 / iters, 100.0 * (wall - counted) / wall));
        out.println(b);
    }

    /** "512" (bits per vector the JVM chose), or "-" for the plain-Java kernel. */
    private static String vectorBitsLabel() {
        return PRODUCTS.floatsPerVector() == 1 ? "-" : String.valueOf(Float.SIZE * PRODUCTS.floatsPerVector());
    }

    /** "6x2/k512/256KB", "4x4+8x2/k512/256KB" when A packed takes another block, or "-" for the plain-Java kernel. */
    private static String blockLabel() {
        if (PRODUCTS.floatsPerVector() == 1) return "-";
        KernelTuning t = PRODUCTS.tuning();
        String blocks = t.shape() == t.packedShape() ? t.shape().label() : t.shape().label() + "+" + t.packedShape().label();
        return blocks + "/k" + t.kStretch() + "/" + t.panelBytes() / 1024 + "KB";
    }

    /** Runs the kernel probe, prints what it timed (one line per candidate) and keeps its choice for this run. */
    private void tune() {
        if (PRODUCTS.floatsPerVector() == 1) {
            out.println("tune_kernel=skipped (the plain-Java kernel has no block shapes)");
            return;
        }
        KernelProbe.Result r = KernelProbe.standard().run();
        for (List<KernelProbe.Timing> stage : List.of(r.shapes(), r.stretches(), r.panels())) {
            for (KernelProbe.Timing t : stage) {
                out.printf(Locale.ROOT, "tune_kernel candidate=\"%s\" gflops_256x512x512=%.1f gflops_256x256x256=%.1f in_place=%.1f/%.1f packed=%.1f/%.1f%n", t.tuning().describe(),
                        t.wideGflops(), t.narrowGflops(), t.wideInPlace(), t.narrowInPlace(), t.widePacked(), t.narrowPacked());
            }
        }
        PRODUCTS.use(r.chosen());
        out.printf(Locale.ROOT, "tune_kernel chosen=\"%s\" probe_s=%.1f%n", r.chosen().describe(), r.seconds());
    }

    /** GFLOP/s of the product kernel on its own, A (m x k) times B (k x n), after a warm-up, timed over about a second. */
    static double kernelAlone(int m, int k, int n) {
        // One thread, whatever the run used: this thread's cap was the default (every core), and
        // the figure printed as one core's was two cores' until this was set.
        int saved = Parallel.threads();
        Parallel.useThreads(1);
        try {
            return kernelAloneHere(m, k, n);
        } finally {
            Parallel.useThreads(saved);
        }
    }

    private static double kernelAloneHere(int m, int k, int n) {
        Tensor a = new Tensor(m, k), b = new Tensor(k, n), c = new Tensor(m, n);
        Rng r = new Rng(1);
        r.fillGaussian(a);
        r.fillGaussian(b);
        for (int i = 0; i < 50; i++) PRODUCTS.mult(a.data, b.data, c.data, m, k, n);
        // Timed as side-by-side.sh times OpenBLAS: the median of 15 slices of about 50 ms, so a
        // slow moment of this shared machine (or a late JIT compile) moves one slice, not the figure.
        double[] slices = new double[15];
        for (int sl = 0; sl < slices.length; sl++) {
            long t0 = System.nanoTime();
            int reps = 0;
            while (System.nanoTime() - t0 < 50_000_000L) {
                PRODUCTS.mult(a.data, b.data, c.data, m, k, n);
                reps++;
            }
            slices[sl] = 2.0 * m * n * k * reps / (System.nanoTime() - t0);
        }
        Arrays.sort(slices);
        return slices[slices.length / 2];
    }
}
