package org.wganlab.autodiff;

import java.util.Arrays;

/**
 * A float32 matrix, row-major: element (r, c) lives at {@code data[r * cols + c]}.
 * Vectors are 1 x n (row) or n x 1 (column) matrices; scalars are 1 x 1.
 */
public final class Tensor {
    public final int rows;
    public final int cols;
    public final float[] data;

    public Tensor(int rows, int cols) {
        this(rows, cols, new float[checkedSize(rows, cols)]);
    }

    public Tensor(int rows, int cols, float[] data) {
        if (data.length != checkedSize(rows, cols)) {
            throw new IllegalArgumentException("data length " + data.length + " != " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    private static int checkedSize(int rows, int cols) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        return Math.multiplyExact(rows, cols);
    }

    public static Tensor of(int rows, int cols, float... values) {
        return new Tensor(rows, cols, values.clone());
    }

    public static Tensor scalar(float v) {
        return new Tensor(1, 1, new float[] {v});
    }

    public static Tensor filled(int rows, int cols, float v) {
        Tensor t = new Tensor(rows, cols);
        Arrays.fill(t.data, v);
        return t;
    }

    public int size() {
        return data.length;
    }

    public float get(int r, int c) {
        return data[r * cols + c];
    }

    public void set(int r, int c, float v) {
        data[r * cols + c] = v;
    }

    /** The single value of a 1 x 1 tensor. */
    public float item() {
        if (data.length != 1) throw new IllegalStateException("item() of a " + shape() + " tensor");
        return data[0];
    }

    public Tensor copy() {
        return new Tensor(rows, cols, data.clone());
    }

    public void copyFrom(Tensor src) {
        requireSameShape(this, src);
        System.arraycopy(src.data, 0, data, 0, data.length);
    }

    public boolean sameShape(Tensor o) {
        return rows == o.rows && cols == o.cols;
    }

    public String shape() {
        return rows + "x" + cols;
    }

    static void requireSameShape(Tensor a, Tensor b) {
        if (!a.sameShape(b)) throw new IllegalArgumentException("shape mismatch: " + a.shape() + " vs " + b.shape());
    }

    /** True when every value is finite (no NaN, no infinity). */
    public boolean allFinite() {
        for (float v : data) if (!Float.isFinite(v)) return false;
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tensor(").append(shape()).append(")[");
        int n = Math.min(data.length, 8);
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append(data[i]);
        return sb.append(data.length > n ? ", ...]" : "]").toString();
    }
}
