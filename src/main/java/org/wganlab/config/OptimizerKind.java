package org.wganlab.config;

import org.wganlab.i18n.Refused;
import org.wganlab.i18n.Worded;

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
        throw new Refused("refusal.unknownValue", "optimizer", String.valueOf(s), Worded.of("refusal.or", "adam, rmsprop", "sgd"));
    }
}
