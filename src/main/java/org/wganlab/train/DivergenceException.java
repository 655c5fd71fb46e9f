package org.wganlab.train;

/** A loss became NaN or infinite: training cannot go on from here. */
public final class DivergenceException extends RuntimeException {
    private final int iteration;

    public DivergenceException(int iteration, String what) {
        super("training diverged at iteration " + iteration + ": " + what);
        this.iteration = iteration;
    }

    public int iteration() {
        return iteration;
    }
}
