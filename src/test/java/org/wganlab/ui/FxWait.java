package org.wganlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition of the window, failing with what was awaited. */
final class FxWait {
    private FxWait() {
    }

    static void waitFor(String what, Callable<Boolean> c) throws Exception {
        waitFor(what, 20, c);
    }

    static void waitFor(String what, long seconds, Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what);
        }
    }
}
