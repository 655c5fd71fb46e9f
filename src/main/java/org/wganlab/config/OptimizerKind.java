package org.wganlab.config;

/** The optimizers both networks can use; {@link #id} is the name in config.json and on the command line. */
public enum OptimizerKind {
    ADAM("adam"),
    RMSPROP("rmsprop"),
    SGD("sgd");

    public final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    public static OptimizerKind parse(String s) {
        for (OptimizerKind k : values()) if (k.id.equalsIgnoreCase(s)) return k;
        throw new IllegalArgumentException("unknown optimizer '" + s + "' (expected adam, rmsprop or sgd)");
    }
}
