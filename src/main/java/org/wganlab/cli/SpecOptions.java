package org.wganlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.MixtureJson;
import org.wganlab.config.OptimizerKind;
import org.wganlab.config.RmsPropInit;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;
import org.wganlab.data.Datasets;
import org.wganlab.data.PointsCsv;
import org.wganlab.nn.Activation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The run-specification options {@code train} and {@code bench} share, declared once. A flag
 * given on the command line overrides --config's value, which overrides the default; the help
 * shows each default as {@link RunSpec#defaults()} has it.
 */
final class SpecOptions {
    @Option(names = "--dataset", paramLabel = "NAME|FILE.json|FILE.csv", description = "8gaussians, 25gaussians, swissroll, twogaussians, ring, moons, checkerboard, a mixture file, or your own points as FILE.csv (x,y per line) (default: ${DEFAULT-VALUE})")
    String dataset;
    @Option(names = "--point-modes", paramLabel = "K", description = "with your own points: fit K round Gaussians to them (EM) for the modes and high-quality metrics; 0: none (default: 0)")
    Integer pointModes;
    @Option(names = "--mode", paramLabel = "clip|gp|lp|none|gan|minimax", description = "Lipschitz method or loss (gan: the non-saturating generator loss; minimax: the original game's) (default: ${DEFAULT-VALUE})")
    String mode;
    @Option(names = "--hidden", paramLabel = "N", description = "hidden width of both networks (default: ${DEFAULT-VALUE})")
    int hidden;
    @Option(names = "--layers", paramLabel = "N", description = "hidden layers of both networks (default: ${DEFAULT-VALUE})")
    int layers;
    @Option(names = "--activation", paramLabel = "relu|leaky_relu|tanh", description = "hidden nonlinearity (default: ${DEFAULT-VALUE})")
    String activation;
    @Option(names = "--batch", paramLabel = "N", description = "batch size (default: ${DEFAULT-VALUE})")
    int batch;
    @Option(names = "--critic-iters", paramLabel = "N", description = "critic steps per generator step (default: ${DEFAULT-VALUE})")
    int criticIters;
    @Option(names = "--lambda", paramLabel = "X", description = "penalty weight, gp and lp (default: ${DEFAULT-VALUE})")
    double lambda;
    @Option(names = "--clip", paramLabel = "C", description = "weight clipping bound, clip (default: ${DEFAULT-VALUE})")
    double clip;
    @Option(names = "--optimizer", paramLabel = "adam|rmsprop|sgd", description = "(default: adam, or rmsprop for clip)")
    String optimizer;
    @Option(names = "--lr", paramLabel = "X", description = "learning rate (default: 1e-4, or 5e-5 for clip)")
    Double lr;
    @Option(names = "--lr-decay", paramLabel = "N", description = "the rate falls linearly to 10%% over N iterations; 0: constant (default: ${DEFAULT-VALUE})")
    int lrDecay;
    @Option(names = "--rmsprop-init", paramLabel = "ones|zeros", description = "RMSProp's mean square at the start: ones as TensorFlow 1 (the paper's code), zeros as PyTorch (default: ${DEFAULT-VALUE})")
    String rmspropInit;
    @Option(names = "--seed", paramLabel = "N", description = "seed of every random draw (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--threads", paramLabel = "N", description = "matrix kernel threads; 0: every core (default: ${DEFAULT-VALUE})")
    int threads;
    @Option(names = "--fixed-generator", description = "fake = real + N(0, I); only the critic trains")
    boolean fixedGenerator;
    @Option(names = "--config", paramLabel = "FILE.json", description = "settings as JSON (as written to config.json); flags override them")
    String config;

    /** The default shown and used for an option not given, from the defaults of a run spec. */
    static String defaultOf(String option, RunSpec d) {
        return switch (option) {
            case "--dataset" -> d.data().id();
            case "--mode" -> d.method().id;
            case "--hidden" -> String.valueOf(d.hidden());
            case "--layers" -> String.valueOf(d.layers());
            case "--activation" -> d.activation().id;
            case "--batch" -> String.valueOf(d.batch());
            case "--critic-iters" -> String.valueOf(d.criticIters());
            case "--lambda" -> String.valueOf(d.lambda());
            case "--clip" -> String.valueOf(d.clip());
            case "--lr-decay" -> String.valueOf(d.optimizer().lrDecay());
            case "--rmsprop-init" -> d.optimizer().rmsPropInit().id;
            case "--seed" -> String.valueOf(d.seed());
            case "--threads" -> String.valueOf(d.loop().threads());
            case "--iters" -> String.valueOf(d.iters());
            case "--eval-every" -> String.valueOf(d.eval().every());
            case "--eval-samples" -> String.valueOf(d.evalSamples());
            default -> null;
        };
    }

    /** The spec: --config's (or base), then every flag given on top; a bad value raises a UsageException naming the flag. */
    RunSpec resolve(CommandSpec command, RunSpec base) {
        ParseResult given = command.commandLine().getParseResult();
        RunSpec s = base;
        if (config != null) {
            try {
                s = SpecJson.read(UsageException.path("--config", config));
            } catch (SpecException e) {
                throw new UsageException("--config " + e.getMessage());
            }
        }
        try {
            if (given.hasMatchedOption("--dataset")) s = s.withData(data(dataset));
            if (pointModes != null) s = s.withData(fitted(s.data(), pointModes));
            s = on(given, "--mode", s, x -> x.withMethod(Method.parse(mode)));
            s = on(given, "--hidden", s, x -> x.withHidden(hidden));
            s = on(given, "--layers", s, x -> x.withLayers(layers));
            s = on(given, "--activation", s, x -> x.withNetwork(x.network().withActivation(Activation.parse(activation))));
            s = on(given, "--batch", s, x -> x.withBatch(batch));
            s = on(given, "--critic-iters", s, x -> x.withCriticIters(criticIters));
            s = on(given, "--lambda", s, x -> x.withLambda(lambda));
            s = on(given, "--clip", s, x -> x.withClip(clip));
            s = on(given, "--optimizer", s, x -> x.withOptimizer(x.optimizer().withKind(OptimizerKind.parse(optimizer))));
            s = on(given, "--lr", s, x -> x.withLr(lr));
            s = on(given, "--lr-decay", s, x -> x.withLrDecay(lrDecay));
            s = on(given, "--rmsprop-init", s, x -> x.withOptimizer(x.optimizer().withRmsPropInit(RmsPropInit.parse(rmspropInit))));
            s = on(given, "--seed", s, x -> x.withSeed(seed));
            s = on(given, "--threads", s, x -> x.withThreads(threads));
            s = on(given, "--fixed-generator", s, x -> x.withFixedGenerator(true));
            return s;
        } catch (SpecException e) {
            throw flagError(e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static RunSpec on(ParseResult given, String option, RunSpec s, UnaryOperator<RunSpec> change) {
        return given.hasMatchedOption(option) ? change.apply(s) : s;
    }

    /** A spec refusal in the command line's words: the flag, not the config.json key. */
    static UsageException flagError(SpecException e) {
        // A refusal from a file keeps where it was found: the flag did not set that value.
        if (e.key() == null || !e.where().isEmpty()) return new UsageException(e.getMessage());
        return new UsageException("--" + e.key().replace('_', '-') + " " + e.detail());
    }

    private static DataSpec fitted(DataSpec d, int k) {
        if (!(d instanceof DataSpec.Points p)) throw new UsageException("--point-modes fits modes to your own points: give --dataset FILE.csv");
        try {
            return new DataSpec.Points(p.points().withFittedModes(k));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--point-modes " + e.getMessage());
        }
    }

    private static DataSpec data(String name) {
        if (Datasets.isBuiltIn(name)) return DataSpec.named(name);
        Path file = UsageException.path("--dataset", name);
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            try {
                return new DataSpec.Points(PointsCsv.read(file));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--dataset " + e.getMessage());
            }
        }
        if (name.endsWith(".json") || Files.exists(file)) {
            try {
                return new DataSpec.Mixture(MixtureJson.read(file));
            } catch (SpecException e) {
                throw new UsageException("--dataset " + e.getMessage());
            }
        }
        throw new UsageException("--dataset: unknown dataset '" + UsageException.printable(name) + "' (expected one of " + String.join(", ", Datasets.NAMES) + ", or a mixture .json file)");
    }
}
