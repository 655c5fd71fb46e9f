package org.wganlab.lesson;

import org.wganlab.train.Snapshot;

/**
 * What a step's claims are read from: the run as the step began and as it is now. The
 * snapshots carry the curves and the evaluations; the step's own readings are those after
 * {@code begin}, so a step that continues an earlier run is judged on its own iterations.
 *
 * @param atStart the run when the step was entered (null when it was not kept: changes then read the step's first readings)
 */
public record StepRun(int begin, int iterations, Snapshot atStart, Snapshot now) {
    /** The iteration from which the last p percent of the step begins (the step's planned length, or as far as it got). */
    double windowStart(double percent) {
        int end = now.iteration();
        int length = Math.max(end - begin, 1);
        return end - length * percent / 100.0;
    }

    /** The iteration up to which the first p percent of the step runs (of its planned length, or of what it has run when it has none). */
    double firstPartEnd(double percent) {
        int length = iterations > 0 ? iterations : Math.max(now.iteration() - begin, 1);
        return Math.min(begin + length * percent / 100.0, now.iteration()) + 1e-9;
    }
}
