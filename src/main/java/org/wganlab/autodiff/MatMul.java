package org.wganlab.autodiff;

import org.wganlab.kernel.Products;

/**
 * The matrix products on tensors: shapes checked here, the work done by the process's
 * {@link Products} (the kernel package). Everything about speed lives there; this class only
 * says which product of which shapes.
 */
public final class MatMul {
    private MatMul() {
    }

    private static final Products PRODUCTS = Products.standard();

    /** C = A B. */
    public static void mult(Tensor a, Tensor b, Tensor c) {
        check(a.cols == b.rows && c.rows == a.rows && c.cols == b.cols, "mult", a, b, c);
        PRODUCTS.mult(a.data, b.data, c.data, a.rows, a.cols, b.cols);
    }

    /** C = A^T B. */
    public static void multTransA(Tensor a, Tensor b, Tensor c) {
        check(a.rows == b.rows && c.rows == a.cols && c.cols == b.cols, "multTransA", a, b, c);
        PRODUCTS.multTransA(a.data, b.data, c.data, a.cols, a.rows, b.cols);
    }

    /** C = A B^T. */
    public static void multTransB(Tensor a, Tensor b, Tensor c) {
        check(a.cols == b.cols && c.rows == a.rows && c.cols == b.rows, "multTransB", a, b, c);
        PRODUCTS.multTransB(a.data, b.data, c.data, a.rows, a.cols, b.rows);
    }

    /** C = A B + bias, the bias (1 x n) added to every row: a layer's forward in one pass. */
    public static void multAddRow(Tensor a, Tensor b, Tensor bias, Tensor c) {
        multAddRow(a, b, bias, false, c);
    }

    /** C = max(0, A B + bias): a ReLU layer's forward in one pass. */
    public static void multAddRowRelu(Tensor a, Tensor b, Tensor bias, Tensor c) {
        multAddRow(a, b, bias, true, c);
    }

    private static void multAddRow(Tensor a, Tensor b, Tensor bias, boolean relu, Tensor c) {
        check(a.cols == b.rows && c.rows == a.rows && c.cols == b.cols && bias.rows == 1 && bias.cols == b.cols, "multAddRow", a, b, c);
        PRODUCTS.multAddRow(a.data, b.data, bias.data, relu, c.data, a.rows, a.cols, b.cols);
    }

    private static void check(boolean ok, String what, Tensor a, Tensor b, Tensor c) {
        if (!ok) {
            throw new IllegalArgumentException(what + ": incompatible shapes " + a.shape() + ", " + b.shape() + " -> " + c.shape());
        }
    }
}
