package org.wganlab.train;

/**
 * What a live session shows at one moment: the snapshot plus the session's own status.
 *
 * @param problem  what stopped the run (a divergence, a failure), or null
 * @param msPerCritic / msPerGenerator  time per critic step and per generator step, averaged over the last iterations
 * @param run      the run's number: a new setup, a reset, a rebuild or an opened session starts the next
 * @param criticBurst critic steps still to run against the frozen generator (0: none under way)
 * @param switchesDone how many of the scheduled switches have landed in this run (see RunDriver#schedule)
 * @param requestsTaken how many of the session's changes the run has taken (see TrainingSession#spec)
 */
public record SessionState(Snapshot snapshot, boolean playing, RunProblem problem, double itersPerSecond,
        double msPerCritic, double msPerGenerator, double msSnapshot, long version, long run, int criticBurst, int switchesDone, long requestsTaken) {
}
