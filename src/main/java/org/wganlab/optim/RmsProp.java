package org.wganlab.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.wganlab.kernel.Elementwise;
import org.wganlab.autodiff.Node;

/**
 * RMSProp with TensorFlow 1 semantics, as the original WGAN code ran it:
 * ms = decay ms + (1 - decay) g^2 with ms starting at ONES, then p -= lr g / sqrt(ms + eps);
 * ms may start at zeros instead, as PyTorch's does ({@link org.wganlab.config.RmsPropInit}).
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
        this(params, lr, 1f);
    }

    /** @param initialMeanSquare where ms starts: 1 as TensorFlow 1 (the paper's code), 0 as PyTorch */
    public RmsProp(List<Node> params, float lr, float initialMeanSquare) {
        this(params, lr, TF_DECAY, TF_EPS, initialMeanSquare);
    }

    public RmsProp(List<Node> params, float lr, float decay, float eps) {
        this(params, lr, decay, eps, 1f);
    }

    public RmsProp(List<Node> params, float lr, float decay, float eps, float initialMeanSquare) {
        super(params, lr);
        this.decay = decay;
        this.eps = eps;
        this.ms = new float[this.params.size()][];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = new float[this.params.get(i).value.size()];
            Arrays.fill(ms[i], initialMeanSquare);
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
