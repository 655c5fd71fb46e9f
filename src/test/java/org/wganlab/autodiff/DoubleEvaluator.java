package org.wganlab.autodiff;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Re-evaluates a recorded graph in double precision, with chosen leaves replaced: the
 * trusted reference for finite differences. Because gradients built with createGraph are
 * ordinary graph nodes, the same evaluator also evaluates gradient graphs, which is what
 * makes second-order checks possible.
 */
public final class DoubleEvaluator {
    private final Map<Node, double[]> overrides;
    private final Map<Node, double[]> memo = new IdentityHashMap<>();

    public DoubleEvaluator(Map<Node, double[]> overrides) {
        this.overrides = overrides;
    }

    public double scalar(Node n) {
        double[] v = eval(n);
        if (v.length != 1) throw new IllegalArgumentException("not a scalar: " + n);
        return v[0];
    }

    public double[] eval(Node n) {
        double[] v = memo.get(n);
        if (v == null) {
            v = compute(n);
            memo.put(n, v);
        }
        return v;
    }

    static double[] toDouble(Tensor t) {
        double[] d = new double[t.size()];
        for (int i = 0; i < d.length; i++) d[i] = t.data[i];
        return d;
    }

    private double[] compute(Node n) {
        double[] over = overrides.get(n);
        if (over != null) return over;
        if (n.parents.length == 0) return toDouble(n.value);
        int R = n.rows(), C = n.cols();
        double[] o = new double[R * C];
        Node p0 = n.parents[0];
        double[] a = eval(p0);
        double[] b = n.parents.length > 1 ? eval(n.parents[1]) : null;
        double k = n.param;
        switch (n.op) {
            case MATMUL -> {
                int K = p0.cols();
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) {
                    double s = 0;
                    for (int q = 0; q < K; q++) s += a[i * K + q] * b[q * C + j];
                    o[i * C + j] = s;
                }
            }
            case MATMUL_NT -> {
                int K = p0.cols();
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) {
                    double s = 0;
                    for (int q = 0; q < K; q++) s += a[i * K + q] * b[j * K + q];
                    o[i * C + j] = s;
                }
            }
            case MATMUL_TN -> {
                int K = p0.rows();
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) {
                    double s = 0;
                    for (int q = 0; q < K; q++) s += a[q * R + i] * b[q * C + j];
                    o[i * C + j] = s;
                }
            }
            case LINEAR, LINEAR_RELU -> {
                int K = p0.cols();
                double[] bias = eval(n.parents[2]);
                boolean relu = n.op == Op.LINEAR_RELU;
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) {
                    double sum = bias[j];
                    for (int q = 0; q < K; q++) sum += a[i * K + q] * b[q * C + j];
                    o[i * C + j] = relu ? Math.max(0, sum) : sum;
                }
            }
            case ADD_ROW -> {
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) o[i * C + j] = a[i * C + j] + b[j];
            }
            case SUM_OVER_ROWS -> {
                int r0 = p0.rows();
                for (int i = 0; i < r0; i++) for (int j = 0; j < C; j++) o[j] += a[i * C + j];
            }
            case SUM_OVER_COLS -> {
                int c0 = p0.cols();
                for (int i = 0; i < R; i++) for (int j = 0; j < c0; j++) o[i] += a[i * c0 + j];
            }
            case SUM_ALL -> {
                for (double x : a) o[0] += x;
            }
            case BROADCAST_ROWS -> {
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) o[i * C + j] = a[j];
            }
            case BROADCAST_COLS -> {
                for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) o[i * C + j] = a[i];
            }
            case BROADCAST_SCALAR -> Arrays.fill(o, a[0]);
            case ADD -> { for (int i = 0; i < o.length; i++) o[i] = a[i] + b[i]; }
            case SUB -> { for (int i = 0; i < o.length; i++) o[i] = a[i] - b[i]; }
            case MUL -> { for (int i = 0; i < o.length; i++) o[i] = a[i] * b[i]; }
            case DIV -> { for (int i = 0; i < o.length; i++) o[i] = a[i] / b[i]; }
            case SCALE -> { for (int i = 0; i < o.length; i++) o[i] = k * a[i]; }
            case ADD_SCALAR -> { for (int i = 0; i < o.length; i++) o[i] = a[i] + k; }
            case SQUARE -> { for (int i = 0; i < o.length; i++) o[i] = a[i] * a[i]; }
            case SQRT -> { for (int i = 0; i < o.length; i++) o[i] = Math.sqrt(a[i]); }
            case RELU -> { for (int i = 0; i < o.length; i++) o[i] = Math.max(0, a[i]); }
            case RELU_MASK -> { for (int i = 0; i < o.length; i++) o[i] = b[i] > 0 ? a[i] : 0; }
            case LEAKY_RELU -> { for (int i = 0; i < o.length; i++) o[i] = a[i] > 0 ? a[i] : k * a[i]; }
            case LEAKY_MASK -> { for (int i = 0; i < o.length; i++) o[i] = b[i] > 0 ? a[i] : k * a[i]; }
            case TANH -> { for (int i = 0; i < o.length; i++) o[i] = Math.tanh(a[i]); }
            case SIGMOID -> { for (int i = 0; i < o.length; i++) o[i] = 1 / (1 + Math.exp(-a[i])); }
            case SOFTPLUS -> { for (int i = 0; i < o.length; i++) o[i] = Math.log1p(Math.exp(a[i])); }
            case CONCAT_ROWS -> {
                System.arraycopy(a, 0, o, 0, a.length);
                System.arraycopy(b, 0, o, a.length, b.length);
            }
            case SLICE_ROWS -> System.arraycopy(a, n.offset * C, o, 0, R * C);
            case PAD_ROWS -> System.arraycopy(a, 0, o, n.offset * C, a.length);
            default -> throw new IllegalStateException("no double reference for op " + n.op);
        }
        return o;
    }
}
