package org.wganlab.train;

/**
 * What a live session shows at one moment: the snapshot plus the session's own status.
 *
 * @param problem  a plain-words description of a divergence, or null
 * @param msPerCritic / msPerGenerator  time per critic step and per generator step, averaged over the last iterations
 */
public record SessionState(Snapshot snapshot, boolean playing, String problem, double itersPerSecond,
        double msPerCritic, double msPerGenerator, double msSnapshot, long version) {
}
