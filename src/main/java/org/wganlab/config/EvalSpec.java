package org.wganlab.config;

/**
 * The exact-W1 evaluations of a run.
 *
 * @param every   every this many generator iterations on the command line; 0: only at the end
 * @param samples generated and real points per evaluation
 */
public record EvalSpec(int every, int samples) {
    public EvalSpec {
        Range.EVAL_EVERY.check(every);
        Range.EVAL_SAMPLES.check(samples);
    }

    public EvalSpec withEvery(int n) {
        return new EvalSpec(n, samples);
    }

    public EvalSpec withSamples(int n) {
        return new EvalSpec(every, n);
    }
}
