/**
 * The product kernels: the speed of training, kept apart from the autodiff that uses them.
 *
 * <p>{@link org.wganlab.kernel.Products} is the facade: C = A B, A^T B and A B^T (with a fused
 * bias and ReLU) on row-major float arrays. Behind it, one way down: the row and column splits
 * across {@link org.wganlab.kernel.Parallel}'s threads ({@code ColumnSplit}, {@code PackedTransB}),
 * then a {@code ProductKernel} (the Vector API's register blocks, or plain Java) that holds no
 * state, the tuning (block shape, stretch of k, panel size) arriving with every call.
 * {@link org.wganlab.kernel.Elementwise} is the other facade: the optimizers' updates, clipping,
 * ReLU's backward and column sums, on an {@code ElementwiseKernel}. The
 * {@link org.wganlab.kernel.KernelProbe} times the tunings on this core and
 * {@link org.wganlab.kernel.tuning} keeps its choice per machine. {@link org.wganlab.kernel.ThreadScoped}
 * holds a value per thread for a stretch of work (the weights a step packed ahead here; the
 * autodiff's arena and recording mode above), the one way of scoping such a value.
 *
 * <p>Setup is a value, {@link org.wganlab.kernel.KernelOptions}: the {@code -Dwganlab.*}
 * properties are read there and nowhere else, and a test compares two setups by building two
 * {@code Products} rather than by flipping process-wide switches.
 *
 * <p>Every path computes each element of C with the same fused multiply-adds in the same
 * order, so no split, block, stretch or kernel changes a float. The register blocks are written
 * out by hand, one method per shape: on JDK 17 a vector accumulator handed between methods, or
 * held in an array, is boxed unless C2 inlines and scalar-replaces all of it, which it does
 * not reliably across a loop, and the boxed path runs many times slower. So each block
 * keeps its accumulators in locals of one method, written out rather than generated: a reader
 * sees the very code that runs. The in-place and packed variants of a block differ only in how
 * A is read: packed, at constant offsets from one index; in place, at multiples of the row
 * stride, each a register of its own. One method serving both would carry the in-place
 * variant's address arithmetic into the packed one, the hottest loop of a backward pass.
 */
package org.wganlab.kernel;
