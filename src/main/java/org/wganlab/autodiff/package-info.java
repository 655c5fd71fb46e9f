/**
 * The hand-written reverse-mode autodiff core: float32 matrices ({@link org.wganlab.autodiff.Tensor}),
 * graph nodes whose backward rules are written in differentiable ops ({@link org.wganlab.autodiff.Ops}),
 * {@link org.wganlab.autodiff.Autodiff#grad} with {@code createGraph} for gradients of gradients,
 * the fast matrix-product kernels ({@link org.wganlab.autodiff.MatMul}) and the per-step buffer
 * {@link org.wganlab.autodiff.Arena}. {@link org.wganlab.autodiff.Parallel} splits loops across
 * cores; how many threads a loop may use is set per calling thread, by whoever drives it (a run
 * on its training thread, a view worker on its own).
 */
package org.wganlab.autodiff;
