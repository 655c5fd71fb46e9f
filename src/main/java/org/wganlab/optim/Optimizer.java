package org.wganlab.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wganlab.kernel.Elementwise;
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
        update(i, valuesFor(i, grad), grad.data);
    }

    /**
     * {@link #updateParameter} followed by weight clipping: the new values clamped to [-c, c];
     * returns how many end with |v| >= inner. The same floats as the two one after the other.
     */
    public final long updateParameterClamped(int i, Tensor grad, float c, float inner) {
        return updateClamped(i, valuesFor(i, grad), grad.data, c, inner);
    }

    /** Parameter i's values, once its gradient is known to have their shape. */
    private float[] valuesFor(int i, Tensor grad) {
        Tensor p = params.get(i).value;
        if (!p.sameShape(grad)) throw new IllegalArgumentException("gradient " + grad.shape() + " for parameter " + p.shape());
        return p.data;
    }

    protected void beginStep() {
    }

    /** The update, then the clamp as a pass of its own; an optimizer with a fused kernel overrides this. */
    protected long updateClamped(int index, float[] p, float[] g, float c, float inner) {
        update(index, p, g);
        return Elementwise.clamp(p, c, inner);
    }

    /**
     * Everything a later update depends on besides the parameters: the step count, the rate,
     * and each named per-parameter array (Adam's moments, RMSProp's mean square), copied.
     */
    public record State(int steps, float learningRate, Map<String, List<float[]>> slots) {
    }

    public final State state() {
        Map<String, List<float[]>> copies = new LinkedHashMap<>();
        slots().forEach((name, arrays) -> {
            List<float[]> c = new ArrayList<>();
            for (float[] a : arrays) c.add(a.clone());
            copies.put(name, List.copyOf(c));
        });
        return new State(steps(), lr, Collections.unmodifiableMap(copies));
    }

    /** Continues from a saved state; refuses one of another optimizer or of other parameter shapes. */
    public final void restore(State s) {
        Map<String, float[][]> mine = slots();
        if (!mine.keySet().equals(s.slots().keySet())) throw new IllegalArgumentException(id() + " state needs " + mine.keySet() + ", got " + s.slots().keySet());
        mine.forEach((name, arrays) -> {
            List<float[]> saved = s.slots().get(name);
            if (saved.size() != arrays.length) throw new IllegalArgumentException(id() + " " + name + ": " + saved.size() + " arrays for " + arrays.length + " parameters");
            for (int i = 0; i < arrays.length; i++) {
                if (saved.get(i).length != arrays[i].length) throw new IllegalArgumentException(id() + " " + name + " " + i + ": " + saved.get(i).length + " values for " + arrays[i].length);
            }
        });
        mine.forEach((name, arrays) -> {
            for (int i = 0; i < arrays.length; i++) System.arraycopy(s.slots().get(name).get(i), 0, arrays[i], 0, arrays[i].length);
        });
        setSteps(s.steps());
        setLearningRate(s.learningRate());
    }

    /** The live per-parameter state arrays by name (none for plain SGD). */
    protected Map<String, float[][]> slots() {
        return Map.of();
    }

    protected int steps() {
        return 0;
    }

    protected void setSteps(int steps) {
    }

    protected abstract void update(int index, float[] p, float[] g);

    /** A short name for configs and logs. */
    public abstract String id();
}
