package org.wganlab.train;

/**
 * A periodic evaluation: the exact W1 between n generated and n real points, and the mode
 * metrics where the dataset has modes (NaN and -1 where it has not), and the critic's Lipschitz
 * constant estimated on the plane (max ||grad C|| on a grid; NaN when no critic was given).
 */
public record EvalResult(int iteration, int samples, double w1, int modesCovered, int modesTotal, double hqFraction, double within01Fraction, double seconds,
        double lipschitz) {
}
