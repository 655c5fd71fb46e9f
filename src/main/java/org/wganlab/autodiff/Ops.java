package org.wganlab.autodiff;

import java.util.Arrays;

/**
 * The differentiable operations: each builds a node holding its forward value and, for each
 * parent, a backward rule written in these same ops, so gradients are differentiable again.
 *
 * <p>Shapes follow the MLP convention: a batch is rows x features, weights are in x out,
 * biases are 1 x out row vectors added to every row.
 */
public final class Ops {
    private Ops() {
    }

    private static Node make(Op op, float param, Tensor value, Node.Vjp vjp, Node... parents) {
        return make(op, param, 0, value, vjp, parents);
    }

    private static Node make(Op op, float param, int offset, Tensor value, Node.Vjp vjp, Node... parents) {
        boolean track = false;
        if (GradMode.isEnabled()) {
            for (Node p : parents) track |= p.requiresGrad;
        }
        return track ? new Node(value, op, param, offset, parents, vjp, true) : new Node(value, op, param, offset, new Node[0], null, false);
    }

    private static Tensor out(int rows, int cols) {
        return Arena.alloc(rows, cols);
    }

    private static Tensor like(Node a) {
        return Arena.alloc(a.value.rows, a.value.cols);
    }

    private static void same(Node a, Node b, String op) {
        if (!a.value.sameShape(b.value)) {
            throw new IllegalArgumentException(op + ": shape mismatch " + a.value.shape() + " vs " + b.value.shape());
        }
    }

    // ---- linear algebra ------------------------------------------------------------------

    /** a b. */
    public static Node matmul(Node a, Node b) {
        Tensor o = out(a.rows(), b.cols());
        MatMul.mult(a.value, b.value, o);
        return make(Op.MATMUL, 0, o, (s, g, i) -> i == 0 ? matmulNT(g, s.parents[1]) : matmulTN(s.parents[0], g), a, b);
    }

    /** a b^T. */
    public static Node matmulNT(Node a, Node b) {
        Tensor o = out(a.rows(), b.rows());
        MatMul.multTransB(a.value, b.value, o);
        return make(Op.MATMUL_NT, 0, o, (s, g, i) -> i == 0 ? matmul(g, s.parents[1]) : matmulTN(g, s.parents[0]), a, b);
    }

    /** a^T b. */
    public static Node matmulTN(Node a, Node b) {
        Tensor o = out(a.cols(), b.cols());
        MatMul.multTransA(a.value, b.value, o);
        return make(Op.MATMUL_TN, 0, o, (s, g, i) -> i == 0 ? matmulNT(s.parents[1], g) : matmul(s.parents[0], g), a, b);
    }

    /**
     * x W + b in one pass (the bias seeds the product's accumulators): a layer's forward. Its
     * backward rules are matmul's and addRow's.
     */
    public static Node linear(Node x, Node w, Node b) {
        if (b.rows() != 1 || b.cols() != w.cols()) throw new IllegalArgumentException("linear: bias " + b.value.shape() + " does not fit " + w.value.shape());
        Tensor o = out(x.rows(), w.cols());
        MatMul.multAddRow(x.value, w.value, b.value, o);
        return make(Op.LINEAR, 0, o, (s, g, i) -> switch (i) {
            case 0 -> matmulNT(g, s.parents[1]);
            case 1 -> matmulTN(s.parents[0], g);
            default -> sumOverRows(g);
        }, x, w, b);
    }

    /**
     * max(0, x W + b) in one pass: a ReLU layer's forward, with the ReLU applied as the product
     * is stored. Its backward masks the gradient once (by the output: it is positive exactly
     * where the pre-activation is) and hands the masked gradient to linear's three rules.
     */
    public static Node linearRelu(Node x, Node w, Node b) {
        if (b.rows() != 1 || b.cols() != w.cols()) throw new IllegalArgumentException("linearRelu: bias " + b.value.shape() + " does not fit " + w.value.shape());
        Tensor o = out(x.rows(), w.cols());
        MatMul.multAddRowRelu(x.value, w.value, b.value, o);
        return make(Op.LINEAR_RELU, 0, o, (s, g, i) -> {
            if (s.memoFor != g) {
                s.memo = reluMask(g, s);
                s.memoFor = g;
            }
            Node m = s.memo;
            return switch (i) {
                case 0 -> matmulNT(m, s.parents[1]);
                case 1 -> matmulTN(s.parents[0], m);
                default -> sumOverRows(m);
            };
        }, x, w, b);
    }

    /** x + row, the 1 x n row added to every row of x (a bias). */
    public static Node addRow(Node x, Node row) {
        if (row.rows() != 1 || row.cols() != x.cols()) {
            throw new IllegalArgumentException("addRow: row " + row.value.shape() + " does not fit " + x.value.shape());
        }
        Tensor o = like(x);
        TensorMath.addRow(x.value, row.value, o);
        return make(Op.ADD_ROW, 0, o, (s, g, i) -> i == 0 ? g : sumOverRows(g), x, row);
    }

    // ---- reductions and broadcasts -------------------------------------------------------

    /** Column sums: rows x n to 1 x n. */
    public static Node sumOverRows(Node x) {
        Tensor o = out(1, x.cols());
        TensorMath.sumOverRows(x.value, o);
        return make(Op.SUM_OVER_ROWS, 0, o, (s, g, i) -> broadcastRows(g, s.parents[0].rows()), x);
    }

    /** Row sums: m x cols to m x 1. */
    public static Node sumOverCols(Node x) {
        Tensor o = out(x.rows(), 1);
        TensorMath.sumOverCols(x.value, o);
        return make(Op.SUM_OVER_COLS, 0, o, (s, g, i) -> broadcastCols(g, s.parents[0].cols()), x);
    }

    /** Sum of every element, 1 x 1. */
    public static Node sumAll(Node x) {
        Tensor o = out(1, 1);
        o.data[0] = TensorMath.sumAll(x.value);
        return make(Op.SUM_ALL, 0, o, (s, g, i) -> broadcastScalar(g, s.parents[0].rows(), s.parents[0].cols()), x);
    }

    /** Mean of every element, 1 x 1. */
    public static Node mean(Node x) {
        return scale(sumAll(x), 1f / x.value.size());
    }

    /** A 1 x n row repeated to rows x n. */
    public static Node broadcastRows(Node v, int rows) {
        if (v.rows() != 1) throw new IllegalArgumentException("broadcastRows needs a 1 x n row, got " + v.value.shape());
        Tensor o = out(rows, v.cols());
        TensorMath.broadcastRows(v.value, o);
        return make(Op.BROADCAST_ROWS, 0, o, (s, g, i) -> sumOverRows(g), v);
    }

    /** An m x 1 column repeated to m x cols. */
    public static Node broadcastCols(Node v, int cols) {
        if (v.cols() != 1) throw new IllegalArgumentException("broadcastCols needs an m x 1 column, got " + v.value.shape());
        Tensor o = out(v.rows(), cols);
        TensorMath.broadcastCols(v.value, o);
        return make(Op.BROADCAST_COLS, 0, o, (s, g, i) -> sumOverCols(g), v);
    }

    /** A 1 x 1 value repeated to rows x cols. */
    public static Node broadcastScalar(Node v, int rows, int cols) {
        Tensor o = out(rows, cols);
        Arrays.fill(o.data, v.value.item());
        return make(Op.BROADCAST_SCALAR, 0, o, (s, g, i) -> sumAll(g), v);
    }

    // ---- elementwise ---------------------------------------------------------------------

    public static Node add(Node a, Node b) {
        same(a, b, "add");
        Tensor o = like(a);
        float[] x = a.value.data, y = b.value.data, z = o.data;
        for (int k = 0; k < z.length; k++) z[k] = x[k] + y[k];
        return make(Op.ADD, 0, o, (s, g, i) -> g, a, b);
    }

    public static Node sub(Node a, Node b) {
        same(a, b, "sub");
        Tensor o = like(a);
        float[] x = a.value.data, y = b.value.data, z = o.data;
        for (int k = 0; k < z.length; k++) z[k] = x[k] - y[k];
        return make(Op.SUB, 0, o, (s, g, i) -> i == 0 ? g : scale(g, -1f), a, b);
    }

    public static Node mul(Node a, Node b) {
        same(a, b, "mul");
        Tensor o = like(a);
        float[] x = a.value.data, y = b.value.data, z = o.data;
        for (int k = 0; k < z.length; k++) z[k] = x[k] * y[k];
        return make(Op.MUL, 0, o, (s, g, i) -> mul(g, s.parents[1 - i]), a, b);
    }

    public static Node div(Node a, Node b) {
        same(a, b, "div");
        Tensor o = like(a);
        float[] x = a.value.data, y = b.value.data, z = o.data;
        for (int k = 0; k < z.length; k++) z[k] = x[k] / y[k];
        return make(Op.DIV, 0, o, (s, g, i) -> i == 0 ? div(g, s.parents[1]) : scale(mul(g, div(s, s.parents[1])), -1f), a, b);
    }

    /** k x. */
    public static Node scale(Node x, float k) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = k * a[j];
        return make(Op.SCALE, k, o, (s, g, i) -> scale(g, s.param), x);
    }

    /** x + k. */
    public static Node addScalar(Node x, float k) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = a[j] + k;
        return make(Op.ADD_SCALAR, k, o, (s, g, i) -> g, x);
    }

    public static Node square(Node x) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = a[j] * a[j];
        return make(Op.SQUARE, 0, o, (s, g, i) -> mul(g, scale(s.parents[0], 2f)), x);
    }

    /** Square root; its derivative is infinite at 0, so callers keep the argument positive (see {@link #rowNorm}). */
    public static Node sqrt(Node x) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = (float) Math.sqrt(a[j]);
        return make(Op.SQRT, 0, o, (s, g, i) -> div(scale(g, 0.5f), s), x);
    }

    /**
     * Euclidean norm of each row, m x 1: sqrt(sum x^2 + eps). The epsilon keeps the norm's
     * gradient x / ||x|| finite where a row is exactly zero (a dead ReLU critic has zero input
     * gradient); at eps = 1e-12 it changes no norm above 1e-6.
     */
    public static Node rowNorm(Node x, float eps) {
        return sqrt(addScalar(sumOverCols(square(x)), eps));
    }

    // ---- activations ---------------------------------------------------------------------

    public static Node relu(Node x) {
        Tensor o = like(x);
        TensorMath.relu(x.value, o);
        return make(Op.RELU, 0, o, (s, g, i) -> reluMask(g, s.parents[0]), x);
    }

    /** max(0, x), as the one-sided penalty writes it. */
    public static Node positivePart(Node x) {
        return relu(x);
    }

    /**
     * g where x > 0, else 0. The mask x is a constant here: ReLU's second derivative is zero,
     * so no gradient is sent into x and no matmuls are spent pushing zeros back through it.
     */
    public static Node reluMask(Node g, Node x) {
        Tensor o = like(g);
        TensorMath.reluMask(g.value, x.value, o);
        return make(Op.RELU_MASK, 0, o, (s, gg, i) -> i == 0 ? reluMask(gg, s.parents[1]) : null, g, x);
    }

    public static Node leakyRelu(Node x, float slope) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = a[j] > 0f ? a[j] : slope * a[j];
        return make(Op.LEAKY_RELU, slope, o, (s, g, i) -> leakyMask(g, s.parents[0], s.param), x);
    }

    /** g where x > 0, else slope g; x is a constant mask as in {@link #reluMask}. */
    public static Node leakyMask(Node g, Node x, float slope) {
        Tensor o = like(g);
        TensorMath.leakyMask(g.value, x.value, slope, o);
        return make(Op.LEAKY_MASK, slope, o, (s, gg, i) -> i == 0 ? leakyMask(gg, s.parents[1], s.param) : null, g, x);
    }

    public static Node tanh(Node x) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = (float) Math.tanh(a[j]);
        // d tanh = 1 - tanh^2, written on the output node so it is differentiable again.
        return make(Op.TANH, 0, o, (s, g, i) -> mul(g, addScalar(scale(square(s), -1f), 1f)), x);
    }

    public static Node sigmoid(Node x) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = TensorMath.sigmoid(a[j]);
        return make(Op.SIGMOID, 0, o, (s, g, i) -> mul(g, mul(s, addScalar(scale(s, -1f), 1f))), x);
    }

    /** log(1 + e^x), computed without overflow; the standard GAN's losses are softplus of logits. */
    public static Node softplus(Node x) {
        Tensor o = like(x);
        float[] a = x.value.data, z = o.data;
        for (int j = 0; j < z.length; j++) z[j] = TensorMath.softplus(a[j]);
        return make(Op.SOFTPLUS, 0, o, (s, g, i) -> mul(g, sigmoid(s.parents[0])), x);
    }

    // ---- row blocks ----------------------------------------------------------------------

    /** a stacked on top of b. */
    public static Node concatRows(Node a, Node b) {
        if (a.cols() != b.cols()) throw new IllegalArgumentException("concatRows: " + a.value.shape() + " and " + b.value.shape());
        Tensor o = out(a.rows() + b.rows(), a.cols());
        System.arraycopy(a.value.data, 0, o.data, 0, a.value.size());
        System.arraycopy(b.value.data, 0, o.data, a.value.size(), b.value.size());
        return make(Op.CONCAT_ROWS, 0, o,
                (s, g, i) -> i == 0 ? sliceRows(g, 0, s.parents[0].rows()) : sliceRows(g, s.parents[0].rows(), s.parents[1].rows()), a, b);
    }

    /** Rows [from, from + count) of x. */
    public static Node sliceRows(Node x, int from, int count) {
        if (from < 0 || count < 0 || from + count > x.rows()) {
            throw new IllegalArgumentException("sliceRows: rows " + from + "+" + count + " of " + x.value.shape());
        }
        Tensor o = out(count, x.cols());
        System.arraycopy(x.value.data, from * x.cols(), o.data, 0, count * x.cols());
        return make(Op.SLICE_ROWS, 0, from, o, (s, g, i) -> padRows(g, s.offset, s.parents[0].rows()), x);
    }

    /** x placed at rows [from, from + x.rows) of a zero matrix with totalRows rows. */
    public static Node padRows(Node x, int from, int totalRows) {
        Tensor o = out(totalRows, x.cols());
        Arrays.fill(o.data, 0f);
        System.arraycopy(x.value.data, 0, o.data, from * x.cols(), x.value.size());
        return make(Op.PAD_ROWS, 0, from, o, (s, g, i) -> sliceRows(g, s.offset, s.parents[0].rows()), x);
    }

    /** A constant of ones shaped like x (outside the graph). */
    static Node onesLike(Node x) {
        Tensor o = like(x);
        Arrays.fill(o.data, 1f);
        return Node.constant(o);
    }
}
