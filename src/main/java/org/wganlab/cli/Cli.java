package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import org.wganlab.config.RunSpec;
import org.wganlab.export.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The command line, on picocli: {@code train}, {@code compare}, {@code bench} and {@code lesson}, each option declared once and
 * the help generated from the declarations. Exit codes: 0 done, 2 bad input or unwritable
 * output (one line on stderr naming the value), 3 diverged.
 */
@Command(name = "wgan-lab", mixinStandardHelpOptions = true, version = "WGAN Lab 0.1",
        description = "Train and watch Wasserstein GANs on 2D toy data. With no command, the app opens.",
        subcommands = {TrainCommand.class, CompareCommand.class, BenchCommand.class, LessonCommand.class, Figure1Command.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    /** Exit codes. */
    static final int BAD_INPUT = 2, DIVERGED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line for these streams; every option not given takes the run spec's default. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine.IFactory commands = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> c) throws Exception {
                if (c == TrainCommand.class) return c.cast(new TrainCommand(out, err));
                if (c == CompareCommand.class) return c.cast(new CompareCommand(out, err));
                if (c == BenchCommand.class) return c.cast(new BenchCommand(out));
                if (c == LessonCommand.class) return c.cast(new LessonCommand(out, err));
                if (c == Figure1Command.class) return c.cast(new Figure1Command(out, err));
                return CommandLine.defaultFactory().create(c);
            }
        };
        CommandLine cl = new CommandLine(new Cli(), commands);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setDefaultValueProvider(Cli::defaultValue);
        // Whole numbers: "not a whole number" or "too large", never Java's "not an int"; each option's range check says its range.
        CommandLine.ITypeConverter<Integer> whole = Cli::wholeNumber;
        cl.registerConverter(Integer.class, whole);
        cl.registerConverter(int.class, whole);
        cl.getSubcommands().get("bench").setDefaultValueProvider(BenchCommand::defaultValue);
        cl.setParameterExceptionHandler((e, args) -> {
            err.println("wgan-lab: " + UsageException.printable(e.getMessage().strip().replace("\n", " ")));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageException) {
                err.println("wgan-lab: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof FileSystemException f) {
                err.println("wgan-lab: cannot write " + f.getFile() + ": " + AtomicFiles.reason(f));
                return BAD_INPUT;
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                String m = String.valueOf(e.getMessage());
                err.println("wgan-lab: " + (m.startsWith("cannot write ") ? m : "cannot write output: " + m));
                return BAD_INPUT;
            }
            throw e;
        });
        return cl;
    }

    private static Integer wholeNumber(String text) {
        String t = text.strip();
        if (t.matches("[-+]?\\d+")) {
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + UsageException.printable(text) + "' is too large a number for this setting");
            }
        }
        throw new CommandLine.TypeConversionException("'" + UsageException.printable(text) + "' is not a whole number");
    }

    private static String defaultValue(ArgSpec a) {
        return a instanceof OptionSpec o ? SpecOptions.defaultOf(o.longestName(), RunSpec.defaults()) : null;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            commandLine(out, err).usage(out);
            return BAD_INPUT;
        }
        return commandLine(out, err).execute(args);
    }
}
