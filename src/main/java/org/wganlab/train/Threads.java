package org.wganlab.train;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The app's background threads: daemons, so that an open window or a finished command never waits on them at exit. */
public final class Threads {
    private Threads() {
    }

    public static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** One daemon thread working through a queue. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> daemon(r, name));
    }
}
