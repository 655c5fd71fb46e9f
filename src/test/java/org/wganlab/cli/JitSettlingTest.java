package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JitSettlingTest {
    private static final long S = 1_000_000_000L;

    @Test
    void settlesAfterAQuietWindowOnly() {
        AtomicLong compiled = new AtomicLong(5_000);
        JitSettling jit = new JitSettling(compiled::get);
        assertFalse(jit.settled(4 * S), "the first look only opens a window");
        compiled.addAndGet(JitSettling.QUIET_MILLIS + 1);
        assertFalse(jit.settled(5 * S), "a window is not over yet");
        assertFalse(jit.settled(6 * S), "more than the quiet amount compiled in the window");
        compiled.addAndGet(JitSettling.QUIET_MILLIS);
        assertFalse(jit.settled(7 * S), "the next window has only begun");
        assertTrue(jit.settled(8 * S), "a whole window with at most the quiet amount");
    }

    @Test
    void givesUpAtTheCapAndWithoutACounter() {
        AtomicLong compiled = new AtomicLong();
        JitSettling busy = new JitSettling(() -> compiled.addAndGet(1_000));
        assertFalse(busy.settled(0));
        assertFalse(busy.settled(3 * S));
        assertTrue(busy.settled(JitSettling.MAX_NANOS), "never quiet, but the warm-up has a cap");
        assertTrue(new JitSettling(null).settled(0), "a JVM that does not count compilation settles at once");
        assertTrue(new JitSettling().settled(JitSettling.MAX_NANOS));
    }
}
