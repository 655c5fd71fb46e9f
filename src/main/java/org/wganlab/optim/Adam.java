package org.wganlab.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wganlab.kernel.Elementwise;
import org.wganlab.autodiff.Node;

/**
 * Adam with bias correction, as torch.optim.Adam computes it:
 * m = b1 m + (1-b1) g, v = b2 v + (1-b2) g^2, p -= lr (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps).
 */
public final class Adam extends Optimizer {
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final float[][] m;
    private final float[][] v;
    private int t;
    private float corr1;
    private float corr2;

    public Adam(List<Node> params, float lr, float beta1, float beta2, float eps) {
        super(params, lr);
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("Adam betas must be in [0, 1)");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.m = new float[this.params.size()][];
        this.v = new float[this.params.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new float[this.params.get(i).value.size()];
            v[i] = new float[m[i].length];
        }
    }

    public float beta1() {
        return beta1;
    }

    public float beta2() {
        return beta2;
    }

    @Override
    public int steps() {
        return t;
    }

    @Override
    protected void setSteps(int steps) {
        t = steps;
    }

    @Override
    protected Map<String, float[][]> slots() {
        Map<String, float[][]> s = new LinkedHashMap<>();
        s.put("m", m);
        s.put("v", v);
        return s;
    }

    @Override
    protected void beginStep() {
        t++;
        corr1 = (float) (1 - Math.pow(beta1, t));
        corr2 = (float) Math.sqrt(1 - Math.pow(beta2, t));
    }

    @Override
    protected void update(int index, float[] p, float[] g) {
        Elementwise.adamStep(p, g, m[index], v[index], beta1, beta2, learningRate() / corr1, corr2, eps);
    }

    @Override
    public String id() {
        return "adam";
    }
}
