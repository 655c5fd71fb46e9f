package org.wganlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wganlab.autodiff.MatMul;
import org.wganlab.train.TrainConfig;
import org.wganlab.train.Trainer;

/**
 * {@code bench}: times generator iterations after a warm-up, like the PyTorch reference
 * (../shared/bench/torch_wgan_gp.py), and prints {@code generator_iters_per_s=...} last.
 */
final class BenchCommand {
    private static final Set<String> VALUED = Set.of("--hidden", "--mode", "--iters", "--threads", "--warmup", "--warmup-seconds", "--batch", "--critic-iters", "--seed", "--layers");

    /** Warm-up time by default: long enough for the JIT's second tier at every width (measured: ~3 s at width 64). */
    static final double DEFAULT_WARMUP_SECONDS = 4;

    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> o = OptionParser.parse(args, 1, VALUED, Set.of("--help", "--kernel-check"));
        if (o.containsKey("--help")) {
            out.println("usage: bench [--hidden N] [--mode gp|clip|lp|none|gan] [--iters N] [--warmup N] [--warmup-seconds S] [--threads N] [--batch N] [--critic-iters N] [--layers N] [--seed N]");
            return 0;
        }
        int iters = OptionParser.integer(o, "--iters", 20);
        int warmup = OptionParser.integer(o, "--warmup", 3);
        if (iters < 1) throw new UsageException("--iters must be positive, got " + iters);
        if (warmup < 0) throw new UsageException("--warmup must not be negative, got " + warmup);
        double warmupSeconds = OptionParser.number(o, "--warmup-seconds", DEFAULT_WARMUP_SECONDS);
        if (!(warmupSeconds >= 0)) throw new UsageException("--warmup-seconds must not be negative, got " + o.get("--warmup-seconds"));
        Map<String, String> trainOpts = new java.util.LinkedHashMap<>(o);
        trainOpts.remove("--iters");
        trainOpts.remove("--warmup");
        trainOpts.remove("--warmup-seconds");
        trainOpts.remove("--kernel-check");
        TrainConfig c = TrainCommand.resolve(trainOpts);
        c.hidden = OptionParser.integer(o, "--hidden", 512);
        c.validate();
        Trainer t = new Trainer(c);
        // At least --warmup iterations and --warmup-seconds: the JIT compiles the kernels and
        // then their callers over the first seconds; a few iterations measure the compiler.
        long warmStart = System.nanoTime();
        int warmed = 0;
        while (warmed < warmup || System.nanoTime() - warmStart < warmupSeconds * 1e9) {
            t.generatorIteration();
            warmed++;
        }
        boolean kernelCheck = o.containsKey("--kernel-check");
        if (kernelCheck) MatMul.startCounting();
        long t0 = System.nanoTime();
        for (int i = 0; i < iters; i++) t.generatorIteration();
        double s = (System.nanoTime() - t0) / 1e9;
        if (kernelCheck) {
            MatMul.stopCounting();
            double inTraining = MatMul.countedGflops();
            double alone = kernelAlone(256, 512, 512);
            out.printf(Locale.ROOT, "matmul_in_training_gflops=%.1f kernel_alone_256x512x512_gflops=%.1f ratio=%.2f%n", inTraining, alone, inTraining / alone);
        }
        double rate = iters / s;
        out.printf(Locale.ROOT, "config mode=%s hidden=%d batch=%d critic_iters=%d threads=%d kernel=%s warmup=%d warmup_s=%.1f iters=%d elapsed_s=%.4f%n",
                c.method.id, c.hidden, c.batch, c.criticIters, c.resolvedThreads(), MatMul.kernelName(), warmed, (System.nanoTime() - warmStart) / 1e9 - s, iters, s);
        out.printf(Locale.ROOT, "final_critic wasserstein_estimate=%.6g disc_cost=%.6g%n", t.lastMetrics().wEstimate(), t.lastMetrics().criticLoss());
        out.printf(Locale.ROOT, "generator_iters_per_s=%.4f%n", rate);
        return 0;
    }

    /** GFLOP/s of the product kernel on its own, A (m x k) times B (k x n), after a warm-up, timed over about a second. */
    static double kernelAlone(int m, int k, int n) {
        org.wganlab.autodiff.Tensor a = new org.wganlab.autodiff.Tensor(m, k), b = new org.wganlab.autodiff.Tensor(k, n), c = new org.wganlab.autodiff.Tensor(m, n);
        org.wganlab.autodiff.Rng r = new org.wganlab.autodiff.Rng(1);
        r.fillGaussian(a);
        r.fillGaussian(b);
        for (int i = 0; i < 50; i++) MatMul.mult(a, b, c);
        long t0 = System.nanoTime();
        int reps = 0;
        while (System.nanoTime() - t0 < 1_000_000_000L) {
            MatMul.mult(a, b, c);
            reps++;
        }
        return 2.0 * m * n * k * reps / (System.nanoTime() - t0);
    }
}
