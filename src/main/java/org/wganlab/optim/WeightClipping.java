package org.wganlab.optim;

import java.util.List;
import org.wganlab.kernel.Elementwise;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Tensor;

/** The original WGAN's Lipschitz constraint: every critic variable, biases included, clamped to [-c, c]. */
public final class WeightClipping {
    private WeightClipping() {
    }

    /**
     * Clamps every value to [-c, c] and returns the fraction that ends at a bound (as
     * {@link #fractionAtBound} counts them): the clipping pass counts them for free, where a
     * second pass over a 512-wide critic took a few percent of a training step.
     */
    public static double clip(List<Node> params, float c) {
        if (!(c > 0)) throw new IllegalArgumentException("clip value must be positive, got " + c);
        long at = 0, n = 0;
        for (Node p : params) {
            at += clipCounting(p, c);
            n += p.value.data.length;
        }
        return n == 0 ? 0 : (double) at / n;
    }

    /** Clamps one parameter's values to [-c, c]; returns how many end at a bound (as {@link #clip} counts them). */
    public static long clipCounting(Node p, float c) {
        if (!(c > 0)) throw new IllegalArgumentException("clip value must be positive, got " + c);
        return Elementwise.clamp(p.value.data, c, innerBound(c));
    }

    /**
     * Parameter i's optimizer step with the clamp in the same pass where the optimizer has one
     * (RMSProp, the clipping WGAN's); returns how many values end at a bound, as {@link #clipCounting}.
     */
    public static long stepClipped(Optimizer opt, int i, Tensor grad, float c) {
        if (!(c > 0)) throw new IllegalArgumentException("clip value must be positive, got " + c);
        return opt.updateParameterClamped(i, grad, c, innerBound(c));
    }

    /** The magnitude from which a clamped value counts as at the bound. */
    private static float innerBound(float c) {
        return c - tolerance(c);
    }

    /** Fraction of the values sitting at the clip bounds (within a relative 1e-6). */
    public static double fractionAtBound(List<Node> params, float c) {
        long at = 0, n = 0;
        float tol = tolerance(c);
        for (Node p : params) {
            at += Elementwise.countNearBound(p.value.data, c, tol);
            n += p.value.data.length;
        }
        return n == 0 ? 0 : (double) at / n;
    }

    /** How close to c a value counts as at the bound: a relative 1e-6, float rounding of c itself. */
    private static float tolerance(float c) {
        return c * 1e-6f;
    }
}
