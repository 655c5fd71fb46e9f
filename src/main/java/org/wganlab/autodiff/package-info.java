/**
 * The hand-written reverse-mode autodiff core: float32 matrices ({@link org.wganlab.autodiff.Tensor}),
 * graph nodes whose backward rules are written in differentiable ops ({@link org.wganlab.autodiff.Ops}),
 * {@link org.wganlab.autodiff.Autodiff#grad} with {@code createGraph} for gradients of gradients,
 * the fast matrix-product kernels ({@link org.wganlab.autodiff.MatMul}) and the per-step buffer
 * {@link org.wganlab.autodiff.Arena}.
 */
package org.wganlab.autodiff;
