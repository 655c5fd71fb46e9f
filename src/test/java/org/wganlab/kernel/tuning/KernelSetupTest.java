package org.wganlab.kernel.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.kernel.BlockShape;
import org.wganlab.kernel.KernelOptions;
import org.wganlab.kernel.KernelProbe;
import org.wganlab.kernel.KernelTuning;
import org.wganlab.kernel.Products;

/** The cache decides whether a probe runs; the kernel ends with the cached or probed tuning. */
class KernelSetupTest {
    static final Machine HERE = TuningCacheTest.AMD;
    static final KernelTuning PROBED = new KernelTuning(BlockShape.R4X3, 256, 512 * 1024), CACHED = new KernelTuning(BlockShape.R8X2, 128, 128 * 1024);

    /** Products of this test's own: a tuning set here changes no other test's. */
    private final Products products = new Products(KernelOptions.fromSystemProperties());
    private final KernelTuning saved = products.tuning();
    private final List<String> notices = new ArrayList<>();
    private final AtomicInteger probes = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeEach
    void vectorKernel() {
        Assumptions.assumeTrue(products.floatsPerVector() > 1, "the plain-Java kernel has no tuning to set (prepare says so first)");
    }

    @AfterEach
    void restore() {
        products.use(saved);
    }

    private Function<BooleanSupplier, Optional<KernelProbe.Result>> probe(KernelTuning chosen) {
        return cancel -> {
            probes.incrementAndGet();
            return Optional.of(new KernelProbe.Result(chosen, List.of(), List.of(), List.of(), 3.5));
        };
    }

    private KernelSetup.Report setup(KernelSetup.Mode mode, TuningCache cache, Function<BooleanSupplier, Optional<KernelProbe.Result>> probe) {
        return new KernelSetup(products, mode, cache, HERE, probe).run(() -> false, notices::add);
    }

    @Test
    void aMissProbesOnceAndCachesTheChoiceThenTheNextStartUsesItWithoutProbing() {
        TuningCache cache = new TuningCache(dir.resolve("kernel-tuning.json"));
        KernelSetup.Report first = setup(KernelSetup.Mode.CACHED, cache, probe(PROBED));
        assertEquals(KernelSetup.Outcome.PROBED, first.outcome());
        assertEquals(PROBED, products.tuning());
        assertEquals(1, probes.get());
        assertTrue(notices.get(0).contains("once") && notices.get(0).contains(cache.file().toString()), notices.toString());
        assertEquals(Optional.of(PROBED), cache.lookup(HERE));
        products.use(saved);
        notices.clear();
        KernelSetup.Report again = setup(KernelSetup.Mode.CACHED, cache, c -> fail("a cached machine is not probed"));
        assertEquals(new KernelSetup.Report(KernelSetup.Outcome.CACHED, PROBED), again);
        assertEquals(PROBED, products.tuning());
        assertEquals(List.of(), notices, "a cache hit says nothing");
    }

    @Test
    void offReadsAndWritesNothingAndKeepsTheTuning() {
        TuningCache cache = new TuningCache(dir.resolve("kernel-tuning.json"));
        KernelSetup.Report r = setup(KernelSetup.Mode.OFF, cache, c -> fail("off never probes"));
        assertEquals(KernelSetup.Outcome.OFF, r.outcome());
        assertEquals(saved, products.tuning());
        assertFalse(Files.exists(cache.file()));
    }

    @Test
    void probeModeMeasuresAgainAndReplacesTheCachedChoice() throws Exception {
        TuningCache cache = new TuningCache(dir.resolve("kernel-tuning.json"));
        cache.store(HERE, CACHED, 4);
        assertEquals(KernelSetup.Outcome.PROBED, setup(KernelSetup.Mode.PROBE, cache, probe(PROBED)).outcome());
        assertEquals(1, probes.get());
        assertEquals(Optional.of(PROBED), cache.lookup(HERE));
    }

    @Test
    void aDamagedCacheIsSaidProbedPastAndReplaced() throws Exception {
        TuningCache cache = new TuningCache(dir.resolve("kernel-tuning.json"));
        Files.writeString(cache.file(), "{\"format\": \"wgan-lab-kernel-tuning\", \"version\": 1, \"machi");
        assertEquals(KernelSetup.Outcome.PROBED, setup(KernelSetup.Mode.CACHED, cache, probe(PROBED)).outcome());
        assertTrue(notices.get(0).startsWith("the kernel tuning cache could not be read (") && notices.get(0).endsWith("it will be replaced"), notices.toString());
        assertEquals(Optional.of(PROBED), cache.lookup(HERE));
        assertFalse(cache.read().damaged());
    }

    @Test
    void aCancelledProbeKeepsTheTuningAndCachesNothing() {
        TuningCache cache = new TuningCache(dir.resolve("kernel-tuning.json"));
        KernelSetup.Report r = new KernelSetup(products, KernelSetup.Mode.CACHED, cache, HERE, c -> {
            assertTrue(c.getAsBoolean(), "the probe is handed the cancel signal");
            return Optional.empty();
        }).run(() -> true, notices::add);
        assertEquals(KernelSetup.Outcome.CANCELLED, r.outcome());
        assertEquals(saved, products.tuning());
        assertFalse(Files.exists(cache.file()));
    }

    @Test
    void anUnwritableCacheStillRunsWithTheProbedTuningAndSaysSo() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the cache folder should be");
        TuningCache cache = new TuningCache(blocker.resolve("kernel-tuning.json"));
        KernelSetup.Report r = setup(KernelSetup.Mode.CACHED, cache, probe(PROBED));
        assertEquals(KernelSetup.Outcome.PROBED, r.outcome());
        assertEquals(PROBED, products.tuning());
        assertTrue(notices.get(notices.size() - 1).contains("could not be cached in " + cache.file()), notices.toString());
    }

    @Test
    void anUnknownModeIsSaidAndReadAsTheDefault() {
        assertEquals(KernelSetup.Mode.PROBE, KernelSetup.Mode.parse(" Probe ", notices::add));
        assertEquals(KernelSetup.Mode.CACHED, KernelSetup.Mode.parse(null, notices::add));
        assertEquals(List.of(), notices);
        assertEquals(KernelSetup.Mode.CACHED, KernelSetup.Mode.parse("of", notices::add));
        assertEquals(List.of("-Dwganlab.kernelTuning=of is not one of cached, probe, off; using cached"), notices);
    }
}
