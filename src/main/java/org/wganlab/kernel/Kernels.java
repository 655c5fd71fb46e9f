package org.wganlab.kernel;

import java.util.function.Supplier;

/**
 * Chooses the kernels for a setup: the Vector API's where the JVM has the module and the CPU an
 * FMA instruction, plain Java otherwise. The vector classes are loaded by name, so this package
 * runs on a JVM started without the incubator module.
 */
final class Kernels {
    private static final ElementwiseKernel ELEMENTWISE = elementwise(KernelOptions.fromSystemProperties());

    private Kernels() {
    }

    static ProductKernel products(KernelOptions options) {
        return vectorsUsable(options) ? load("org.wganlab.kernel.VectorMatMul", ProductKernel.class, JavaMatMul::new) : new JavaMatMul();
    }

    static ElementwiseKernel elementwise(KernelOptions options) {
        return vectorsUsable(options) ? load("org.wganlab.kernel.VectorElementwise", ElementwiseKernel.class, JavaElementwise::new) : new JavaElementwise();
    }

    /** The process's elementwise kernel, as the system properties say. */
    static ElementwiseKernel standardElementwise() {
        return ELEMENTWISE;
    }

    private static boolean vectorsUsable(KernelOptions options) {
        // Without an FMA instruction the Vector API's fma runs lane by lane in BigDecimal.
        return options.vectors() && FusedMultiplyAdd.IN_HARDWARE && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    private static <T> T load(String name, Class<T> type, Supplier<T> fallback) {
        try {
            return type.cast(Class.forName(name).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return fallback.get();
        }
    }
}
