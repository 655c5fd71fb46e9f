package org.wganlab.config;

import org.wganlab.i18n.Refused;
import org.wganlab.i18n.Worded;

/**
 * Where RMSProp's running mean of squared gradients starts. TensorFlow 1, which the paper's
 * toy code ran, starts it at ones, so the first steps are about lr * g; PyTorch starts it at
 * zeros, so the first steps are about lr * g / (sqrt(1 - decay) |g|), a few times lr whatever
 * the gradient's size. With weight clipping the difference decides how soon the weights reach
 * the bounds, and so, on a narrow deep critic, whether the gradient grows or shrinks toward the
 * input (the README's Figure 1(b) section).
 */
public enum RmsPropInit {
    ONES("ones"),
    ZEROS("zeros");

    public final String id;

    RmsPropInit(String id) {
        this.id = id;
    }

    public static RmsPropInit parse(String s) {
        for (RmsPropInit k : values()) if (k.id.equalsIgnoreCase(s)) return k;
        throw new Refused("refusal.unknownValue", "rmsprop_init", String.valueOf(s), Worded.of("refusal.or", "ones", "zeros"));
    }
}
