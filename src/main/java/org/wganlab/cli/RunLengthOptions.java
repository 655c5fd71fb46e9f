package org.wganlab.cli;

import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.train.RunBudget;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** How long a headless run trains and how often it is evaluated: {@code train}'s and {@code compare}'s, declared once. */
final class RunLengthOptions {
    @Option(names = "--iters", paramLabel = "N", description = "generator iterations; with --resume, further iterations (default: ${DEFAULT-VALUE})")
    int iters;
    @Option(names = "--eval-every", paramLabel = "N", description = "exact W1 every N iterations, off the training thread; 0: only at the end (default: ${DEFAULT-VALUE})")
    int evalEvery;
    @Option(names = "--eval-samples", paramLabel = "N", description = "points per exact-W1 evaluation (default: ${DEFAULT-VALUE})")
    int evalSamples;

    /**
     * The spec with the lengths given; with a resumed run (done iterations so far, else -1)
     * --iters counts further iterations. Checked against the memory the run will need.
     */
    RunSpec apply(ParseResult given, RunSpec s, int done) {
        try {
            if (done >= 0) s = s.withIters(done + (given.hasMatchedOption("--iters") ? iters : s.iters()));
            else s = SpecOptions.on(given, "--iters", s, x -> x.withIters(iters));
            s = SpecOptions.on(given, "--eval-every", s, x -> x.withEval(x.eval().withEvery(evalEvery)));
            s = SpecOptions.on(given, "--eval-samples", s, x -> x.withEval(x.eval().withSamples(evalSamples)));
        } catch (SpecException e) {
            throw SpecOptions.flagError(e);
        }
        return withinBudget(s);
    }

    /** Refuses a spec whose run would not fit in the memory this Java has, in the flags' words. */
    static RunSpec withinBudget(RunSpec s) {
        try {
            RunBudget.check(s, Runtime.getRuntime().maxMemory());
            return s;
        } catch (SpecException e) {
            throw SpecOptions.flagError(e);
        }
    }
}
