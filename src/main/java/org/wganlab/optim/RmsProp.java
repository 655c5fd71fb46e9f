package org.wganlab.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.wganlab.autodiff.Elementwise;
import org.wganlab.autodiff.Node;

/**
 * RMSProp with TensorFlow 1 semantics, as the original WGAN code ran it:
 * ms = decay ms + (1 - decay) g^2 with ms starting at ONES, then p -= lr g / sqrt(ms + eps).
 * (torch's RMSprop starts ms at zeros and puts eps outside the root, which makes the first
 * steps far larger.)
 */
public final class RmsProp extends Optimizer {
    public static final float TF_DECAY = 0.9f;
    public static final float TF_EPS = 1e-10f;

    private final float decay;
    private final float eps;
    private final float[][] ms;

    public RmsProp(List<Node> params, float lr) {
        this(params, lr, TF_DECAY, TF_EPS);
    }

    public RmsProp(List<Node> params, float lr, float decay, float eps) {
        super(params, lr);
        this.decay = decay;
        this.eps = eps;
        this.ms = new float[this.params.size()][];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = new float[this.params.get(i).value.size()];
            Arrays.fill(ms[i], 1f);
        }
    }

    @Override
    protected void update(int index, float[] p, float[] g) {
        Elementwise.rmsPropStep(p, g, ms[index], decay, learningRate(), eps);
    }

    @Override
    protected long updateClamped(int index, float[] p, float[] g, float c, float inner) {
        return Elementwise.rmsPropClampedStep(p, g, ms[index], decay, learningRate(), eps, c, inner);
    }

    @Override
    protected Map<String, float[][]> slots() {
        return Map.of("ms", ms);
    }

    @Override
    public String id() {
        return "rmsprop";
    }
}
