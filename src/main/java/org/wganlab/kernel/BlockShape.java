package org.wganlab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The register block of the vector product kernel: rows of C by vectors of columns held in
 * accumulators while k runs. Which is fastest depends on the core: how many vector registers it
 * has (16 with AVX2, 32 with AVX-512) and how many loads and broadcasts it issues per cycle, so
 * it is chosen per CPU ({@link KernelProbe}). Every shape accumulates each element over k in
 * order with FMA, so the choice never changes a result.
 */
public enum BlockShape {
    /** 16 accumulators: one register short on AVX2's 16, yet the fastest on an earlier AMD machine. */
    R8X2(8, 2),
    /** 12 accumulators, the 2 B vectors and the broadcast: AVX2's 16 registers without spilling. */
    R6X2(6, 2),
    /** 12 accumulators, 3 B vectors and the broadcast: 16 registers, 3 loads per 4 broadcasts. */
    R4X3(4, 3),
    /** 24 accumulators: for 32 vector registers (AVX-512), 2 loads per 12 broadcasts. */
    R12X2(12, 2),
    /** 24 accumulators: for 32 vector registers, 3 loads per 8 broadcasts. */
    R8X3(8, 3),
    /** 16 accumulators: for 32 vector registers, 4 loads per 4 broadcasts; the fewest A offsets per FMA in place. */
    R4X4(4, 4),
    /** 24 accumulators: for 32 vector registers, 4 loads per 6 broadcasts. */
    R6X4(6, 4);

    /** Rows of C per block. */
    public final int rows;
    /** Vectors of columns per block. */
    public final int vectors;

    BlockShape(int rows, int vectors) {
        this.rows = rows;
        this.vectors = vectors;
    }

    /** "8x2": rows by vectors, as the cache file, the bench and {@code -Dwganlab.blockShape} write it. */
    public String label() {
        return rows + "x" + vectors;
    }

    /** The shape for a label such as "6x2". */
    public static BlockShape parse(String label) {
        for (BlockShape s : values()) if (s.label().equals(label.trim().toLowerCase(Locale.ROOT))) return s;
        throw new IllegalArgumentException("unknown block shape '" + label + "' (one of " + labels() + ")");
    }

    private static String labels() {
        StringBuilder b = new StringBuilder();
        for (BlockShape s : values()) b.append(b.length() == 0 ? "" : ", ").append(s.label());
        return b.toString();
    }

    /** Accumulators, B vectors and one broadcast: the vector registers a block keeps live. */
    public int liveRegisters() {
        return rows * vectors + vectors + 1;
    }

    /**
     * The shapes worth timing on a core with vectors of this many floats: those that fit its
     * register file ({@link CpuFeatures#vectorRegisters}), and 8x2 always.
     */
    public static List<BlockShape> candidates(int floatsPerVector) {
        int registers = CpuFeatures.vectorRegisters(floatsPerVector);
        ArrayList<BlockShape> out = new ArrayList<>();
        for (BlockShape s : values()) if (s == R8X2 || s.liveRegisters() <= registers) out.add(s);
        return List.copyOf(out);
    }
}
