package org.wganlab.config;

import java.util.Objects;
import org.wganlab.nn.Activation;

/** The shape both networks share: hidden width, hidden layers, nonlinearity. Changing any of them rebuilds the networks. */
public record NetworkSpec(int hidden, int layers, Activation activation) {
    public NetworkSpec {
        Range.HIDDEN.check(hidden);
        Range.LAYERS.check(layers);
        Objects.requireNonNull(activation, "activation");
    }

    /** Hidden-to-hidden multiply-adds per point, width^2 x (depth - 1): what a step's time grows with. */
    public long hiddenWork() {
        return (long) hidden * hidden * Math.max(1, layers - 1);
    }

    public NetworkSpec withHidden(int h) {
        return new NetworkSpec(h, layers, activation);
    }

    public NetworkSpec withLayers(int l) {
        return new NetworkSpec(hidden, l, activation);
    }

    public NetworkSpec withActivation(Activation a) {
        return new NetworkSpec(hidden, layers, a);
    }
}
