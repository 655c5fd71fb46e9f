package org.wganlab.nn;

import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** y = x W + b with W stored (in, out) and b a 1 x out row, as tflib stores them. */
public final class Linear {
    public final Node weight;
    public final Node bias;

    public Linear(Tensor weight, Tensor bias) {
        this(Node.variable(weight), Node.variable(bias));
    }

    /** A layer over existing parameter nodes (gradient checks rebuild networks around their own leaves). */
    public Linear(Node weight, Node bias) {
        if (bias.rows() != 1 || bias.cols() != weight.cols()) {
            throw new IllegalArgumentException("bias " + bias.value.shape() + " does not fit weight " + weight.value.shape());
        }
        this.weight = weight;
        this.bias = bias;
    }

    /**
     * Uniform init with bound sqrt(3) * std, zero bias: He (std sqrt(2 / in)) for layers
     * followed by a ReLU, Glorot (std sqrt(2 / (in + out))) for the output layer, as in tflib.
     */
    public static Linear init(int in, int out, boolean he, Rng rng) {
        double std = he ? Math.sqrt(2.0 / in) : Math.sqrt(2.0 / (in + out));
        float bound = (float) (Math.sqrt(3) * std);
        Tensor w = new Tensor(in, out);
        rng.fillUniform(w, -bound, bound);
        return new Linear(w, new Tensor(1, out));
    }

    public int in() {
        return weight.rows();
    }

    public int out() {
        return weight.cols();
    }

    public Node forward(Node x) {
        return Ops.linear(x, weight, bias);
    }
}
