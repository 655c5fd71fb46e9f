package org.wganlab.kernel;

/**
 * How the kernels are set up, read from the {@code -Dwganlab.*} system properties in this one
 * place ({@link #fromSystemProperties}) and otherwise passed in: {@link Products} takes one,
 * so a test compares two setups side by side instead of changing process-wide state.
 *
 * <p>Only speed depends on these: every choice gives the same floats. The switches that turn a
 * newer path off ({@code rowSplit}, {@code transposeThenPack}, {@code equalChunks}) exist for
 * measuring one against the other.
 *
 * @param vectors           the Vector API kernel when the JVM has it ({@code -Dwganlab.noVector=true}: plain Java)
 * @param columnSplit       products split across threads by column blocks where that pays ({@code -Dwganlab.rowSplit=true}: always by rows)
 * @param packFromTransposed A B^T's B packed straight from B^T ({@code -Dwganlab.transposeThenPack=true}: transposed out first)
 * @param guidedChunks      loops cut into chunks shrinking towards the middle ({@code -Dwganlab.equalChunks=true}: equal chunks)
 * @param minSplitWork      below this many multiply-adds a loop runs on one thread ({@code -Dwganlab.minSplit})
 * @param elementWork       what one element of an elementwise pass counts as, in multiply-adds ({@code -Dwganlab.elementWork})
 * @param spinNanos         how long a worker spins for the next loop before parking ({@code -Dwganlab.spin})
 * @param yieldAfterNanos   after how long a spinning worker starts yielding its core ({@code -Dwganlab.yieldAfter})
 * @param forced            block shapes, k stretch and panel size fixed by hand ({@code -Dwganlab.blockShape} and the rest), or none
 * @param tuningMode        {@code cached}, {@code probe} or {@code off}: how the block and panels are chosen ({@code -Dwganlab.kernelTuning}), null for the default
 * @param cacheDir          where the chosen tuning is kept ({@code -Dwganlab.cacheDir}), null for the user's cache folder
 */
public record KernelOptions(boolean vectors, boolean columnSplit, boolean packFromTransposed, boolean guidedChunks, long minSplitWork, long elementWork,
        long spinNanos, long yieldAfterNanos, ForcedTuning forced, String tuningMode, String cacheDir) {

    /**
     * Parts of the tuning fixed by hand; a null part is chosen as usual. When any is set, no
     * probe overrides the tuning.
     */
    public record ForcedTuning(String blockShape, String packedBlockShape, Integer kStretch, Integer panelBytes) {
        static final ForcedTuning NONE = new ForcedTuning(null, null, null, null);

        public boolean any() {
            return blockShape != null || packedBlockShape != null || kStretch != null || panelBytes != null;
        }
    }

    private static final KernelOptions SYSTEM = read();

    /** What the system properties say, read once per process. */
    public static KernelOptions fromSystemProperties() {
        return SYSTEM;
    }

    /** The defaults, whatever the system properties say. */
    public static KernelOptions defaults() {
        return new KernelOptions(true, true, true, true, 1_000_000L, 16L, 500_000L, 20_000L, ForcedTuning.NONE, null, null);
    }

    private static KernelOptions read() {
        ForcedTuning forced = new ForcedTuning(System.getProperty("wganlab.blockShape"), System.getProperty("wganlab.packedBlockShape"),
                Integer.getInteger("wganlab.kStretch"), Integer.getInteger("wganlab.panelBytes"));
        return new KernelOptions(!Boolean.getBoolean("wganlab.noVector"), !Boolean.getBoolean("wganlab.rowSplit"), !Boolean.getBoolean("wganlab.transposeThenPack"),
                !Boolean.getBoolean("wganlab.equalChunks"), Long.getLong("wganlab.minSplit", 1_000_000L), Long.getLong("wganlab.elementWork", 16L),
                Long.getLong("wganlab.spin", 500_000L), Long.getLong("wganlab.yieldAfter", 20_000L), forced, System.getProperty("wganlab.kernelTuning"),
                System.getProperty("wganlab.cacheDir"));
    }

    public KernelOptions withVectors(boolean on) {
        return new KernelOptions(on, columnSplit, packFromTransposed, guidedChunks, minSplitWork, elementWork, spinNanos, yieldAfterNanos, forced, tuningMode, cacheDir);
    }

    public KernelOptions withColumnSplit(boolean on) {
        return new KernelOptions(vectors, on, packFromTransposed, guidedChunks, minSplitWork, elementWork, spinNanos, yieldAfterNanos, forced, tuningMode, cacheDir);
    }

    public KernelOptions withPackFromTransposed(boolean on) {
        return new KernelOptions(vectors, columnSplit, on, guidedChunks, minSplitWork, elementWork, spinNanos, yieldAfterNanos, forced, tuningMode, cacheDir);
    }
}
