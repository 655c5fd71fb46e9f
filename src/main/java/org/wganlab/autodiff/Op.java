package org.wganlab.autodiff;

/**
 * Every operation a node can come from, with its backward rule as {@link Ops} writes it (in
 * the same ops, so it can be differentiated again). G is the gradient arriving at the node's
 * output, s the node's own value; this table is the whole of the autodiff's calculus.
 */
public enum Op {
    LEAF("leaf", "an input or parameter: where gradients are wanted"),
    CONST("const", "a constant: no gradient"),
    MATMUL("matmul", "A B: dA = G B^T (matmulNT), dB = A^T G (matmulTN)"),
    MATMUL_NT("matmulNT", "A B^T: dA = G B, dB = G^T A"),
    MATMUL_TN("matmulTN", "A^T B: dA = B G^T, dB = A G"),
    LINEAR("linear", "x W + b: dx = G W^T, dW = x^T G, db = column sums of G"),
    LINEAR_RELU("linearRelu", "relu(x W + b): the linear rule applied to G masked where s = 0"),
    ADD_ROW("addRow", "x + row: dx = G, drow = column sums of G"),
    SUM_OVER_ROWS("sumOverRows", "column sums: dx = G broadcast down the rows"),
    SUM_OVER_COLS("sumOverCols", "row sums: dx = G broadcast across the columns"),
    SUM_ALL("sumAll", "the sum of every entry: dx = G everywhere"),
    BROADCAST_ROWS("broadcastRows", "a row repeated: dv = column sums of G"),
    BROADCAST_COLS("broadcastCols", "a column repeated: dv = row sums of G"),
    BROADCAST_SCALAR("broadcastScalar", "a scalar repeated: dv = the sum of G"),
    ADD("add", "a + b: da = db = G"),
    SUB("sub", "a - b: da = G, db = -G"),
    MUL("mul", "a * b elementwise: da = G b, db = G a"),
    DIV("div", "a / b: da = G / b, db = -G s / b"),
    SCALE("scale", "k x (k = param): dx = k G"),
    ADD_SCALAR("addScalar", "x + k (k = param): dx = G"),
    SQUARE("square", "x^2: dx = 2 x G"),
    SQRT("sqrt", "sqrt(x): dx = G / (2 s)"),
    RELU("relu", "max(0, x): dx = G where x > 0 (reluMask)"),
    RELU_MASK("reluMask", "G where x > 0: d(G) = the same mask (x gets no gradient: the mask is flat)"),
    LEAKY_RELU("leakyRelu", "x, or slope x below 0 (slope = param): dx = G, or slope G (leakyMask)"),
    LEAKY_MASK("leakyMask", "G, or slope G where x <= 0: d(G) = the same mask"),
    TANH("tanh", "tanh(x): dx = G (1 - s^2)"),
    SIGMOID("sigmoid", "sigma(x): dx = G s (1 - s)"),
    SOFTPLUS("softplus", "log(1 + e^x): dx = G sigma(x)"),
    CONCAT_ROWS("concatRows", "a above b: da, db = G's rows sliced apart"),
    SLICE_ROWS("sliceRows", "rows [offset, offset + n) of x: dx = G padded back to x's rows"),
    PAD_ROWS("padRows", "x at rows [offset, ...) of zeros: dx = G's rows sliced out");

    /** The name it prints under (a node's toString, an error). */
    public final String id;
    /** Its backward rule in one line. */
    public final String rule;

    Op(String id, String rule) {
        this.id = id;
        this.rule = rule;
    }

    @Override
    public String toString() {
        return id;
    }
}
