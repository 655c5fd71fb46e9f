package org.wganlab.cli;

import java.io.PrintStream;

/** The command line: {@code train} and {@code bench}. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("commands are coming: train, bench");
        return 2;
    }
}
