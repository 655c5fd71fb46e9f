package org.wganlab.autodiff;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.kernel.ThreadScoped;

/**
 * Hands out op output buffers so that a training step allocates no arrays once it has run once.
 *
 * <p>A training step asks for buffers in the same order every time, so the arena keeps the
 * i-th buffer it handed out and returns it again for the i-th request after {@link #reset()}
 * when the shape matches (a changed graph, say after a method switch, just replaces the
 * buffers that no longer fit). Everything an arena hands out is garbage after the next reset:
 * values that must outlive a step (parameters, optimizer state, snapshots) are copied out or
 * allocated with {@code new Tensor}.
 *
 * <p>Outside {@link #activate()} ops allocate fresh tensors, which is what tests and one-off
 * computations want.
 */
public final class Arena {
    private static final ThreadScoped<Arena> CURRENT = new ThreadScoped<>(() -> null);

    private final List<Tensor> buffers = new ArrayList<>();
    private int next;
    private long allocations;

    /** A fresh tensor from the active arena, or a new one when none is active. Contents are unspecified. */
    static Tensor alloc(int rows, int cols) {
        Arena a = CURRENT.get();
        return a == null ? new Tensor(rows, cols) : a.take(rows, cols);
    }

    private Tensor take(int rows, int cols) {
        if (next < buffers.size()) {
            Tensor t = buffers.get(next);
            if (t.rows != rows || t.cols != cols) {
                t = new Tensor(rows, cols);
                allocations++;
                buffers.set(next, t);
            }
            next++;
            return t;
        }
        Tensor t = new Tensor(rows, cols);
        allocations++;
        buffers.add(t);
        next++;
        return t;
    }

    /** Makes every buffer available again; tensors handed out before are no longer valid. */
    public void reset() {
        next = 0;
    }

    /** Number of arrays this arena has ever allocated: flat across steps means a steady state. */
    public long allocations() {
        return allocations;
    }

    /** Makes this arena the current thread's allocator until the returned scope is closed. */
    public ThreadScoped.Scope activate() {
        return CURRENT.enter(this);
    }
}
