package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;

/** The command line: {@code train} and {@code bench}. Exit codes: 0 done, 2 bad input or unwritable output, 3 diverged. */
public final class Cli {
    static final String HELP = """
            usage: java --add-modules jdk.incubator.vector -jar wgan-lab.jar [command] [options]

              (no command)   open the app
              train          train headless; see 'train --help'
              bench          time generator iterations; see 'bench --help'
            """;

    static final String TRAIN_HELP = """
            usage: train [options]
              --dataset 8gaussians|25gaussians|swissroll|twogaussians|ring|moons|checkerboard|FILE.json  [8gaussians]
              --mode clip|gp|lp|none|gan     Lipschitz method or loss                        [gp]
              --hidden N                     hidden width of both networks                   [128]
              --layers N                     hidden layers of both networks                  [3]
              --activation relu|leaky_relu|tanh                                              [relu]
              --batch N                      batch size                                      [256]
              --critic-iters N               critic steps per generator step                 [5]
              --lambda X                     penalty weight (gp, lp)                         [0.1]
              --clip C                       weight clipping bound (clip)                    [0.01]
              --optimizer adam|rmsprop|sgd   [adam, or rmsprop for clip]
              --lr X                         learning rate [1e-4, or 5e-5 for clip]
              --lr-decay N                   lr falls linearly to 10% over N iterations      [0: constant]
              --iters N                      generator iterations                            [2000]
              --seed N                                                                       [0]
              --threads N                    matrix kernel threads                           [all cores]
              --fixed-generator              fake = real + N(0, I); only the critic trains
              --eval-every N                 exact W1 every N iterations (off the training thread)
              --eval-samples N               points per exact-W1 evaluation                  [1000]
              --config FILE.json             settings as JSON (as written to config.json); flags override
              --out DIR                      write config.json, metrics.csv, eval.csv, summary.json
              --export png,svg,pdf           at the end, write every view (plane, wasserstein, grad-norms, weights,
                                             layer-grads, losses, dashboard) in these formats, plus the data as CSV
              --composite V1,V2,...          also composite.<format>: the chosen views in one captioned figure
              --export-size WxH              logical size of every exported view [each view's own]
              --export-scale X               PNG pixels per unit, for high-DPI slides        [1]
              --frames-every N               a frame of the plane every N iterations: frames/*.png and training.gif
            The last stdout line is the summary as key=value pairs.
            """;

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(HELP);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "train" -> TrainCommand.run(args, out, err);
                case "bench" -> BenchCommand.run(args, out, err);
                default -> throw new UsageException("unknown command '" + args[0] + "' (expected train or bench)");
            };
        } catch (UsageException e) {
            err.println("wgan-lab: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("wgan-lab: cannot write output: " + e.getMessage());
            return 2;
        }
    }
}
