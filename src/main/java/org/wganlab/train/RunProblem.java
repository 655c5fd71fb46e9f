package org.wganlab.train;

/**
 * What stopped a run, as the engine knows it: a divergence at an iteration, or a failure of the
 * training thread. The window and the command line say it in their own words.
 */
public sealed interface RunProblem {
    /** A loss became infinite or not a number at this iteration. */
    record Diverged(int iteration) implements RunProblem {
    }

    /** The training thread stopped on an error. */
    record Failed(String cause) implements RunProblem {
    }
}
