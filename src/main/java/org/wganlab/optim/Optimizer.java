package org.wganlab.optim;

import java.util.List;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Tensor;

/**
 * Updates a fixed list of parameters in place from their gradients. State (moments,
 * accumulators) persists across steps and across learning-rate changes.
 */
public abstract class Optimizer {
    protected final List<Node> params;
    private float lr;

    protected Optimizer(List<Node> params, float lr) {
        this.params = List.copyOf(params);
        setLearningRate(lr);
    }

    public float learningRate() {
        return lr;
    }

    /** Changes the step size only; moments and accumulators are kept. */
    public final void setLearningRate(float lr) {
        if (!(lr > 0) || !Float.isFinite(lr)) throw new IllegalArgumentException("learning rate must be positive, got " + lr);
        this.lr = lr;
    }

    /** One update; grads.get(i) is the gradient for params.get(i). */
    public final void step(List<Tensor> grads) {
        if (grads.size() != params.size()) throw new IllegalArgumentException(grads.size() + " gradients for " + params.size() + " parameters");
        beginStep();
        for (int i = 0; i < params.size(); i++) updateParameter(i, grads.get(i));
    }

    /**
     * One update in pieces, for updating different parameters on different threads: call
     * {@link #beginSplitStep()} once, then {@link #updateParameter} exactly once for each
     * parameter, from any thread. Each parameter's update reads only its own state, so the
     * result is the same as {@link #step}'s.
     */
    public final void beginSplitStep() {
        beginStep();
    }

    /** Parameter i's part of the step begun by {@link #beginSplitStep()}. */
    public final void updateParameter(int i, Tensor grad) {
        Tensor p = params.get(i).value;
        if (!p.sameShape(grad)) throw new IllegalArgumentException("gradient " + grad.shape() + " for parameter " + p.shape());
        update(i, p.data, grad.data);
    }

    protected void beginStep() {
    }

    protected abstract void update(int index, float[] p, float[] g);

    /** A short name for configs and logs. */
    public abstract String id();
}
