package org.wganlab.kernel;

/**
 * How the vector product kernel runs on this CPU: its register blocks, how much of k one pass
 * over C takes, and the most bytes of packed B one column panel holds. These change only the
 * speed, never a result: every element is still accumulated over k in order.
 *
 * <p>Two blocks, because the two ways A reaches a block favour different shapes: a row-major A
 * (a layer's forward, its input gradient) is read in place, each row's offset formed per k, so
 * fewer rows per block mean fewer instructions per FMA; A^T (a weight gradient) is packed,
 * every row's value at a constant offset, so more rows per block mean more reuse of each B
 * vector. One product uses one block: {@link #forA}.
 *
 * @param shape the register block for an A read in place
 * @param packedShape the register block for a packed A
 * @param kStretch values of k per pass: one block of packed B and one band of A stay in L1
 * @param panelBytes the packed column panel's size: about what the core's L2 keeps beside A
 */
public record KernelTuning(BlockShape shape, BlockShape packedShape, int kStretch, int panelBytes) {
    /** Panels from 16 KB to 64 MB (the upper end: a whole B at any width this app trains). */
    public static final int MIN_PANEL_BYTES = 16 * 1024, MAX_PANEL_BYTES = 64 * 1024 * 1024;
    /** Stretches of k from 16 to 4096 values. */
    public static final int MIN_K_STRETCH = 16, MAX_K_STRETCH = 4096;
    /**
     * Products narrower than this many columns run unpacked, the same whichever tuning: a
     * packed band of A then serves only a few blocks of B and its copy costs as much as it
     * saves (measured: width 64 trained no faster packed; 128 and 512 faster, see the README).
     */
    public static final int PACKED_FROM_COLUMNS = 128;
    /**
     * Raised whenever a change to the kernel's code can change which tuning is fastest: a
     * choice cached by an earlier revision is then measured again, not trusted.
     */
    public static final int KERNEL_REVISION = 7;

    public KernelTuning {
        if (shape == null || packedShape == null) throw new IllegalArgumentException("no block shape");
        if (kStretch < MIN_K_STRETCH || kStretch > MAX_K_STRETCH) {
            throw new IllegalArgumentException("a stretch of k of " + kStretch + " is outside " + MIN_K_STRETCH + " to " + MAX_K_STRETCH);
        }
        if (panelBytes < MIN_PANEL_BYTES || panelBytes > MAX_PANEL_BYTES) {
            throw new IllegalArgumentException("a panel of " + panelBytes + " bytes is outside " + MIN_PANEL_BYTES + " to " + MAX_PANEL_BYTES);
        }
    }

    /** One block for both ways of reading A. */
    public KernelTuning(BlockShape shape, int kStretch, int panelBytes) {
        this(shape, shape, kStretch, panelBytes);
    }

    /**
     * The tuning of one product, whose A is read in place or packed: both blocks that one, so
     * every step of the product (B's packing, its splits, its blocks) sees the same block.
     * Itself when the blocks are the same: no allocation for a product.
     */
    public KernelTuning forA(boolean inPlace) {
        BlockShape s = inPlace ? shape : packedShape;
        return s == shape && s == packedShape ? this : new KernelTuning(s, s, kStretch, panelBytes);
    }

    /**
     * Before a probe has run, or with it switched off: what the forced parts say (the
     * {@code -Dwganlab.blockShape} family, {@link KernelOptions.ForcedTuning}), else what was
     * measured fastest in training: 6x2 with 256-bit vectors (AVX2's 16 registers hold it; 8x2
     * spilled); with wider ones 4x4 in place and 8x2 packed; k in stretches of 512 (shorter ones,
     * whose blocks fit L1 better, ran slower: each stretch reloads C), 256 KB panels.
     */
    static KernelTuning defaultFor(int floatsPerVector, KernelOptions.ForcedTuning forced) {
        boolean wide = floatsPerVector >= 16;
        BlockShape shape = forced.blockShape() != null ? BlockShape.parse(forced.blockShape()) : wide ? BlockShape.R4X4 : BlockShape.R6X2;
        BlockShape packed = forced.packedBlockShape() != null ? BlockShape.parse(forced.packedBlockShape()) : forced.blockShape() != null ? shape : wide ? BlockShape.R8X2 : BlockShape.R6X2;
        return new KernelTuning(shape, packed, forced.kStretch() != null ? forced.kStretch() : 512, forced.panelBytes() != null ? forced.panelBytes() : 256 * 1024);
    }

    /** {@link #defaultFor(int, KernelOptions.ForcedTuning)} with nothing forced. */
    static KernelTuning defaultFor(int floatsPerVector) {
        return defaultFor(floatsPerVector, KernelOptions.ForcedTuning.NONE);
    }

    /** This tuning with s as both blocks. */
    public KernelTuning withShape(BlockShape s) {
        return new KernelTuning(s, s, kStretch, panelBytes);
    }

    public KernelTuning withShapes(BlockShape inPlace, BlockShape packed) {
        return new KernelTuning(inPlace, packed, kStretch, panelBytes);
    }

    public KernelTuning withKStretch(int k) {
        return new KernelTuning(shape, packedShape, k, panelBytes);
    }

    public KernelTuning withPanelBytes(int bytes) {
        return new KernelTuning(shape, packedShape, kStretch, bytes);
    }

    /** "6x2, k in 256s, 256 KB panels", or "4x4 (packed 8x2), ..." when the blocks differ. */
    public String describe() {
        String panel = panelBytes % (1024 * 1024) == 0 ? panelBytes / (1024 * 1024) + " MB" : panelBytes / 1024 + " KB";
        String blocks = shape == packedShape ? shape.label() : shape.label() + " (packed " + packedShape.label() + ")";
        return blocks + ", k in " + kStretch + "s, " + panel + " panels";
    }
}
