package org.wganlab.autodiff;

/**
 * Whether ops record the graph. With recording off, op outputs are constants: this is how
 * {@code grad(..., createGraph=false)} keeps gradients out of the graph, and how evaluation
 * code avoids holding on to parents.
 */
public final class GradMode {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private GradMode() {
    }

    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Turns recording off until the returned scope is closed. */
    public static Arena.Scope noGrad() {
        return set(false);
    }

    static Arena.Scope set(boolean enabled) {
        boolean previous = ENABLED.get();
        ENABLED.set(enabled);
        return () -> ENABLED.set(previous);
    }
}
