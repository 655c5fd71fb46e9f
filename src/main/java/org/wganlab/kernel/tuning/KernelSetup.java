package org.wganlab.kernel.tuning;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.wganlab.kernel.KernelProbe;
import org.wganlab.kernel.KernelTuning;
import org.wganlab.kernel.Products;
import org.wganlab.export.AtomicFiles;

/**
 * Gives the product kernel the tuning for the machine in hand before training: the cached one
 * when this CPU and JVM have been probed, else the probe's choice (then cached). How is set by
 * {@code -Dwganlab.kernelTuning}: {@code cached} (the default), {@code probe} (probe again and
 * replace the cached choice) or {@code off} (the built-in default, no file read or written: the
 * test suite runs so). {@code -Dwganlab.blockShape}, {@code kStretch} or {@code panelBytes}
 * fix the tuning by hand and then nothing here changes it.
 */
public final class KernelSetup {
    /** What {@link #prepare} did. */
    public enum Outcome {
        /** The plain-Java kernel: nothing to tune. */
        PLAIN_JAVA,
        /** Fixed by system properties. */
        FORCED,
        /** Switched off: the built-in default. */
        OFF,
        /** The tuning cached for this machine. */
        CACHED,
        /** Probed now (and cached). */
        PROBED,
        /** The probe was stopped before it finished: the kernel keeps what it had. */
        CANCELLED
    }

    /** The outcome and the tuning the kernel runs with now. */
    public record Report(Outcome outcome, KernelTuning tuning) {
    }

    /** How: from {@code -Dwganlab.kernelTuning}. */
    enum Mode {
        CACHED, PROBE, OFF;

        /** The mode a value names; an unknown one is said and read as the default (a typo must not stop a lecture). */
        static Mode parse(String value, Consumer<String> notice) {
            String v = value == null ? "cached" : value.strip();
            for (Mode m : values()) if (m.name().equalsIgnoreCase(v)) return m;
            notice.accept("-Dwganlab.kernelTuning=" + v + " is not one of cached, probe, off; using cached");
            return CACHED;
        }
    }

    /** Only one setup at a time: the window's background thread and a command could otherwise both probe. */
    private static final Object LOCK = new Object();
    private static volatile Report done;

    private final Products products;
    private final Mode mode;
    private final TuningCache cache;
    private final Machine machine;
    private final Function<BooleanSupplier, Optional<KernelProbe.Result>> probe;

    KernelSetup(Products products, Mode mode, TuningCache cache, Machine machine, Function<BooleanSupplier, Optional<KernelProbe.Result>> probe) {
        this.products = products;
        this.mode = mode;
        this.cache = cache;
        this.machine = machine;
        this.probe = probe;
    }

    /**
     * Tunes the kernel once per process, as the system properties say; later calls return the
     * first call's report (a cancelled one tries again).
     *
     * @param cancel checked while the probe runs: true stops it (the window's Play)
     * @param notice told, in a sentence, when a probe starts and when the cache could not be read or written
     */
    public static Report prepare(BooleanSupplier cancel, Consumer<String> notice) {
        synchronized (LOCK) {
            if (done != null) return done;
            Report r;
            Products products = Products.standard();
            if (products.floatsPerVector() == 1) r = new Report(Outcome.PLAIN_JAVA, products.tuning());
            else if (products.tuningForced()) r = new Report(Outcome.FORCED, products.tuning());
            else {
                r = new KernelSetup(products, Mode.parse(products.options().tuningMode(), notice), TuningCache.standard(products.options().cacheDir()), Machine.here(products.floatsPerVector()),
                        c -> KernelProbe.standard().run(c))
                        .run(cancel, notice);
            }
            if (r.outcome() != Outcome.CANCELLED) done = r;
            return r;
        }
    }

    /** {@link #prepare} when a network this wide is about to train and the tuning would change its speed; else nothing. */
    public static void prepareFor(int widestLayer, Consumer<String> notice) {
        if (Products.standard().tuningMatters(widestLayer)) prepare(() -> false, notice);
    }

    /** The decision itself, for one machine, cache and probe. */
    Report run(BooleanSupplier cancel, Consumer<String> notice) {
        if (mode == Mode.OFF) return new Report(Outcome.OFF, products.tuning());
        if (mode == Mode.CACHED) {
            TuningCache.Contents contents = cache.read();
            if (contents.damaged()) notice.accept("the kernel tuning cache could not be read (" + contents.problem() + "); it will be replaced");
            Optional<KernelTuning> cached = contents.tuningFor(machine);
            if (cached.isPresent()) {
                products.use(cached.get());
                return new Report(Outcome.CACHED, cached.get());
            }
        }
        if (cancel.getAsBoolean()) return new Report(Outcome.CANCELLED, products.tuning());
        notice.accept("timing the product kernel's block shapes on this CPU, once (a few seconds; kept in " + cache.file() + ")");
        Optional<KernelProbe.Result> result = probe.apply(cancel);
        if (result.isEmpty()) return new Report(Outcome.CANCELLED, products.tuning());
        KernelTuning chosen = result.get().chosen();
        products.use(chosen);
        try {
            cache.store(machine, chosen, result.get().seconds());
        } catch (IOException | RuntimeException e) {
            String why = e instanceof IOException io ? AtomicFiles.reason(io) : String.valueOf(e.getMessage());
            notice.accept("the kernel tuning could not be cached in " + cache.file() + " (" + why + "); the next start will probe again");
        }
        return new Report(Outcome.PROBED, chosen);
    }
}
