package org.wganlab.nn;

import org.wganlab.autodiff.MatMul;
import org.wganlab.autodiff.Tensor;

/**
 * Evaluates an MLP without building a graph: two ping-pong buffers per batch size, reused
 * across calls, so repeated evaluation (the live heatmap, samples for the scatter) allocates
 * nothing after the first call. Not thread-safe: one evaluator per thread.
 */
public final class MlpEvaluator {
    private Tensor bufA;
    private Tensor bufB;

    /** out (rows x outputDim) = mlp(x); out may be reused by the caller. */
    public void evaluate(Mlp mlp, Tensor x, Tensor out) {
        if (x.cols != mlp.inputDim()) throw new IllegalArgumentException("input has " + x.cols + " columns, MLP expects " + mlp.inputDim());
        if (out.rows != x.rows || out.cols != mlp.outputDim()) throw new IllegalArgumentException("output " + out.shape() + " does not fit");
        int n = x.rows;
        int w = mlp.hiddenWidth();
        if (bufA == null || bufA.rows != n || bufA.cols != w) {
            bufA = new Tensor(n, w);
            bufB = new Tensor(n, w);
        }
        Tensor in = x;
        int last = mlp.layers().size() - 1;
        for (int i = 0; i <= last; i++) {
            Linear l = mlp.layers().get(i);
            Tensor dst = i == last ? out : (in == bufA ? bufB : bufA);
            if (i == last) {
                MatMul.multAddRow(in, l.weight.value, l.bias.value, dst);
            } else if (mlp.activation() == Activation.RELU) {
                MatMul.multAddRowRelu(in, l.weight.value, l.bias.value, dst);
            } else {
                MatMul.multAddRow(in, l.weight.value, l.bias.value, dst);
                mlp.activation().applyInPlace(dst.data, dst.data.length);
            }
            in = dst;
        }
    }

    public Tensor evaluate(Mlp mlp, Tensor x) {
        Tensor out = new Tensor(x.rows, mlp.outputDim());
        evaluate(mlp, x, out);
        return out;
    }
}
