package org.wganlab.train;

/**
 * The gradient norms of the last measured critic step, handed out as copies: ||grad_x D|| at
 * the batch's real, fake and interpolated points, and ||dL_C / dh_l|| for each hidden layer's
 * activations h_l (the paper's Figure 1(b), left).
 */
public final class GradientNorms {
    private final float[] atReal, atFake, atInterpolates;
    private final double[] perLayer;

    /** Takes these arrays as they are: the caller hands over copies of its own. */
    GradientNorms(float[] atReal, float[] atFake, float[] atInterpolates, double[] perLayer) {
        this.atReal = atReal;
        this.atFake = atFake;
        this.atInterpolates = atInterpolates;
        this.perLayer = perLayer;
    }

    public float[] atReal() {
        return atReal.clone();
    }

    public float[] atFake() {
        return atFake.clone();
    }

    public float[] atInterpolates() {
        return atInterpolates.clone();
    }

    public double[] perLayer() {
        return perLayer.clone();
    }

    /** How many hidden layers have a norm. */
    public int layers() {
        return perLayer.length;
    }
}
