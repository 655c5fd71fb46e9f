package org.wganlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition of the window, failing with what was awaited. */
final class FxWait {
    private FxWait() {
    }

    static void waitFor(String what, Callable<Boolean> c) throws Exception {
        waitFor(what, 20, c);
    }

    static void waitFor(String what, long seconds, Callable<Boolean> c) throws Exception {
        waitFor(what, seconds, c, () -> "");
    }

    /** As {@link #waitFor(String, long, Callable)}, the failure saying what the window was at then (for a rare failure, its state is the clue). */
    static void waitFor(String what, long seconds, Callable<Boolean> c, Supplier<String> state) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, c);
        } catch (TimeoutException e) {
            String at = state.get();
            throw new AssertionError("timed out waiting for: " + what + (at.isEmpty() ? "" : " (at timeout: " + at + ")"));
        }
    }
}
