package org.wganlab.kernel;

import java.util.function.Supplier;

/**
 * A value each thread holds for a stretch of its work: set with {@link #enter} and put back as
 * it was when the returned scope closes, so scopes nest. The arena a step allocates from,
 * whether ops record the graph and the weights a step packed ahead are held this way.
 */
public final class ThreadScoped<T> {
    private final ThreadLocal<T> current;

    /** Each thread starts with {@code initial}'s value (null for none). */
    public ThreadScoped(Supplier<T> initial) {
        current = ThreadLocal.withInitial(initial);
    }

    /** The calling thread's value. */
    public T get() {
        return current.get();
    }

    /** Makes value the calling thread's until the returned scope closes. */
    public Scope enter(T value) {
        T previous = current.get();
        current.set(value);
        // Put back, not removed: a removed entry is made again on the next get, every step.
        return () -> current.set(previous);
    }

    /** A scope whose close cannot throw. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
