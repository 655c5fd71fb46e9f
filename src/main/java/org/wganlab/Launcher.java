package org.wganlab;

import org.wganlab.kernel.Products;

/**
 * Entry point of the shaded jar. A plain class, not a JavaFX Application: launching an
 * Application subclass from the classpath fails with "JavaFX runtime components are missing".
 * With no arguments it opens the app; with a command ({@code train}, {@code bench}) it runs headless.
 * Started from the jar, it first runs itself again with the fast kernels and this platform's
 * JavaFX natives ({@link Relaunch}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Path jar = Relaunch.jar();
        if (jar != null) System.exit(Relaunch.run(jar, args));
        if (Products.fmaName().equals("software")) {
            System.err.println("wgan-lab: this CPU has no fused multiply-add instruction (x86 before AVX2): the products run in plain Java, many times slower than with it.");
        }
        if (args.length == 0) {
            javafx.application.Application.launch(org.wganlab.ui.WganLabApp.class, args);
        } else {
            System.exit(org.wganlab.cli.Cli.run(args, System.out, System.err));
        }
    }
}
