package org.wganlab;

import java.nio.file.Path;
import javafx.application.Application;
import org.wganlab.cli.Cli;
import org.wganlab.kernel.Products;
import org.wganlab.ui.WganLabApp;

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
        Path jar = Relaunch.jar();
        if (jar != null) System.exit(Relaunch.run(jar, args));
        if (Products.fmaName().equals("software")) {
            System.err.println("wgan-lab: this CPU has no fused multiply-add instruction (x86 before AVX2): the products run in plain Java, many times slower than with it.");
        }
        if (args.length == 0) {
            Application.launch(WganLabApp.class, args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}
