/**
 * The hand-written reverse-mode autodiff core, readable in one sitting: float32 matrices
 * ({@link org.wganlab.autodiff.Tensor}), graph nodes ({@link org.wganlab.autodiff.Node}) whose
 * backward rules ({@link org.wganlab.autodiff.Op}, one per primitive) are written in the same
 * differentiable ops ({@link org.wganlab.autodiff.Ops}), {@link org.wganlab.autodiff.Autodiff#grad}
 * with {@code createGraph} for gradients of gradients, and the per-step buffer
 * {@link org.wganlab.autodiff.Arena}.
 *
 * <p>How fast the products run is not decided here: {@link org.wganlab.autodiff.MatMul} checks
 * shapes and hands the work to {@link org.wganlab.kernel}. The arrow goes one way: the kernels
 * know float arrays, not tensors.
 */
package org.wganlab.autodiff;
