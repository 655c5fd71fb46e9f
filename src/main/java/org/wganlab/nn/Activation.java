package org.wganlab.nn;

import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
import org.wganlab.i18n.Refused;
import org.wganlab.i18n.Worded;

/** Hidden-layer nonlinearities. */
public enum Activation {
    RELU("relu"),
    LEAKY_RELU("leaky_relu"),
    TANH("tanh");

    /** Slope of leaky ReLU for negative inputs. */
    public static final float LEAKY_SLOPE = 0.2f;

    public final String id;

    Activation(String id) {
        this.id = id;
    }

    public static Activation parse(String s) {
        for (Activation a : values()) if (a.id.equalsIgnoreCase(s) || a.name().equalsIgnoreCase(s)) return a;
        throw new Refused("refusal.unknownValue", "activation", String.valueOf(s), Worded.of("refusal.or", "relu, leaky_relu", "tanh"));
    }

    public Node apply(Node x) {
        return switch (this) {
            case RELU -> Ops.relu(x);
            case LEAKY_RELU -> Ops.leakyRelu(x, LEAKY_SLOPE);
            case TANH -> Ops.tanh(x);
        };
    }

    /** In place, on raw values (the no-graph path). */
    public void applyInPlace(float[] v, int n) {
        switch (this) {
            case RELU -> {
                for (int i = 0; i < n; i++) v[i] = Math.max(v[i], 0f);
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) if (v[i] < 0f) v[i] *= LEAKY_SLOPE;
            }
            case TANH -> {
                for (int i = 0; i < n; i++) v[i] = (float) Math.tanh(v[i]);
            }
        }
    }
}
