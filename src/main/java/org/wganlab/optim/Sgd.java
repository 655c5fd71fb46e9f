package org.wganlab.optim;

import java.util.List;
import org.wganlab.autodiff.Node;

/** Plain gradient descent: p -= lr g. */
public final class Sgd extends Optimizer {
    public Sgd(List<Node> params, float lr) {
        super(params, lr);
    }

    @Override
    protected void update(int index, float[] p, float[] g) {
        float lr = learningRate();
        for (int i = 0; i < p.length; i++) p[i] -= lr * g[i];
    }

    @Override
    public String id() {
        return "sgd";
    }
}
