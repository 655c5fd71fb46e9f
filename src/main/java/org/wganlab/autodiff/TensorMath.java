package org.wganlab.autodiff;

import java.util.Arrays;
import org.wganlab.kernel.Elementwise;
import org.wganlab.kernel.Parallel;

/** Raw forward loops over float arrays; {@link Ops} wraps them into graph nodes. */
final class TensorMath {
    private TensorMath() {
    }

    private static final long ELEMENT_WORK = Parallel.ELEMENT_WORK;

    static void addRow(Tensor x, Tensor row, Tensor out) {
        int n = x.cols;
        float[] xd = x.data, rd = row.data, od = out.data;
        if (!Parallel.splits(x.rows, 8, ELEMENT_WORK * x.data.length)) {
            addRow(xd, rd, od, n, 0, x.rows);
            return;
        }
        Parallel.forRange(x.rows, 8, ELEMENT_WORK * x.data.length, (r0, r1) -> addRow(xd, rd, od, n, r0, r1));
    }

    private static void addRow(float[] xd, float[] rd, float[] od, int n, int r0, int r1) {
        for (int r = r0, o = r0 * n; r < r1; r++, o += n) {
            for (int c = 0; c < n; c++) od[o + c] = xd[o + c] + rd[c];
        }
    }

    static void relu(Tensor x, Tensor out) {
        float[] a = x.data, z = out.data;
        if (!Parallel.splits(a.length, 256, ELEMENT_WORK * a.length)) {
            relu(a, z, 0, a.length);
            return;
        }
        Parallel.forRange(a.length, 256, ELEMENT_WORK * a.length, (lo, hi) -> relu(a, z, lo, hi));
    }

    private static void relu(float[] a, float[] z, int lo, int hi) {
        for (int j = lo; j < hi; j++) z[j] = Math.max(a[j], 0f);
    }

    static void sumOverRows(Tensor x, Tensor out) {
        Elementwise.columnSums(x.data, x.rows, x.cols, out.data);
    }

    static void sumOverCols(Tensor x, Tensor out) {
        int n = x.cols;
        float[] xd = x.data, od = out.data;
        for (int r = 0, o = 0; r < x.rows; r++, o += n) {
            float s = 0f;
            for (int c = 0; c < n; c++) s += xd[o + c];
            od[r] = s;
        }
    }

    static float sumAll(Tensor x) {
        // Accumulate in double: losses are means over thousands of values.
        double s = 0;
        for (float v : x.data) s += v;
        return (float) s;
    }

    static void broadcastRows(Tensor v, Tensor out) {
        int n = out.cols;
        for (int r = 0; r < out.rows; r++) System.arraycopy(v.data, 0, out.data, r * n, n);
    }

    static void broadcastCols(Tensor v, Tensor out) {
        int n = out.cols;
        float[] od = out.data;
        for (int r = 0; r < out.rows; r++) Arrays.fill(od, r * n, r * n + n, v.data[r]);
    }

    static void reluMask(Tensor g, Tensor x, Tensor out) {
        Elementwise.reluMask(g.data, x.data, out.data);
    }

    static void leakyMask(Tensor g, Tensor x, float slope, Tensor out) {
        float[] gd = g.data, xd = x.data, od = out.data;
        for (int i = 0; i < od.length; i++) od[i] = xd[i] > 0f ? gd[i] : slope * gd[i];
    }

    static float sigmoid(float x) {
        return x >= 0 ? 1f / (1f + (float) Math.exp(-x)) : (float) (Math.exp(x) / (1 + Math.exp(x)));
    }

    static float softplus(float x) {
        // log(1 + e^x) without overflow: max(x, 0) + log1p(e^-|x|).
        return Math.max(x, 0f) + (float) Math.log1p(Math.exp(-Math.abs(x)));
    }
}
