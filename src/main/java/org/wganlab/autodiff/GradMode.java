package org.wganlab.autodiff;

import org.wganlab.kernel.ThreadScoped;

/**
 * Whether ops record the graph. With recording off, op outputs are constants: this is how
 * {@code grad(..., createGraph=false)} keeps gradients out of the graph, and how evaluation
 * code avoids holding on to parents.
 */
public final class GradMode {
    private static final ThreadScoped<Boolean> ENABLED = new ThreadScoped<>(() -> Boolean.TRUE);

    private GradMode() {
    }

    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Turns recording off until the returned scope is closed. */
    public static ThreadScoped.Scope noGrad() {
        return set(false);
    }

    static ThreadScoped.Scope set(boolean enabled) {
        return ENABLED.enter(enabled);
    }
}
