package org.wganlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wganlab.compare.Comparison;
import org.wganlab.compare.Side;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.ComparisonExport;
import org.wganlab.export.Format;
import org.wganlab.train.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare --a KEY=VALUE --b KEY=VALUE [train options] --out DIR}: two runs from the same
 * seed and data, each written to DIR/a and DIR/b exactly as {@code train --out} writes it alone,
 * and with --export the two planes and their curves in one captioned figure, DIR/compare.*.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train two runs that differ in what --a and --b change (same seed, same data) and compare them. "
                + "Prints one summary line per side, starting side=a and side=b.")
final class CompareCommand implements Callable<Integer> {
    private final PrintStream stdout, stderr;
    @Spec
    CommandSpec command;
    @Option(names = "--a", required = true, paramLabel = "KEY=VALUE[,..]", description = "what side A changes (config.json keys), e.g. mode=gp")
    String a;
    @Option(names = "--b", required = true, paramLabel = "KEY=VALUE[,..]", description = "what side B changes, e.g. mode=clip or lambda=0.1")
    String b;
    @Mixin
    SpecOptions specOptions;
    @Mixin
    RunLengthOptions lengths;
    @Option(names = "--switch", paramLabel = "ITER:KEY=VALUE[,..]", description = "a live switch on both sides before iteration ITER (repeatable), as train's")
    List<String> switches = new ArrayList<>();
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "DIR/a and DIR/b as train --out writes them; with --export also DIR/compare.<format>")
    String out;
    @Mixin
    ExportOptions exportOptions;

    CompareCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        RunSpec base = lengths.apply(command.commandLine().getParseResult(), specOptions.resolve(command, RunSpec.defaults()), -1);
        Comparison c = comparison(base);
        // Each side may be wider than the shared setup (hidden=512): each must fit.
        for (Side side : Side.values()) RunLengthOptions.withinBudget(c.spec(side));
        ExportRequest export = exportOptions.request();
        Path dir = TrainCommand.outputDir(out);
        Map<Side, Path> dirs = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            dirs.put(side, TrainCommand.outputDir(dir.resolve(side.folder()).toString()));
            export.checkTarget(dirs.get(side));
        }
        // A compare run owns its folder as train does: no earlier run's files beside a/, b/ and compare.*.
        TrainOutput.removePreviousRun(dir);
        Map<Side, Snapshot> finals = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            stderr.println("wgan-lab: compare: side " + side.folder() + " (" + c.change(side).text() + ") into " + dirs.get(side));
            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            int code;
            try (PrintStream sideOut = new PrintStream(summary, true, StandardCharsets.UTF_8)) {
                code = TrainCommand.run(new TrainCommand.Job(c.spec(side), null, null, 0, c.switches(), null), export, dirs.get(side), sideOut, stderr,
                        s -> finals.put(side, s));
            }
            for (String line : summary.toString(StandardCharsets.UTF_8).split("\n")) if (!line.isBlank()) stdout.println("side=" + side.folder() + " " + line);
            if (code != 0) {
                stderr.println("wgan-lab: compare: side " + side.folder() + " did not finish" + (side == Side.A ? "; side b was not run" : "") + ".");
                return code;
            }
        }
        if (!export.formats().isEmpty()) {
            String problem = writeFigure(c, finals.get(Side.A), finals.get(Side.B), export, dir);
            if (problem != null) {
                stderr.println("wgan-lab: " + problem);
                return Cli.BAD_INPUT;
            }
        }
        return 0;
    }

    private Comparison comparison(RunSpec base) {
        SettingsChange ca = change("--a", a), cb = change("--b", b);
        try {
            return new Comparison(base, ca, cb, SwitchOptions.parse(switches, base));
        } catch (SpecException e) {
            throw new UsageException("compare: side " + e.getMessage());
        }
    }

    private static SettingsChange change(String flag, String text) {
        try {
            return SettingsChange.parse(text);
        } catch (SpecException e) {
            throw new UsageException(flag + " " + UsageException.printable(text) + ": " + e.getMessage());
        }
    }

    /** DIR/compare.<format> for every format asked for; a problem, or null. */
    static String writeFigure(Comparison c, Snapshot a, Snapshot b, ExportRequest export, Path dir) {
        int w = export.width() > 0 ? export.width() : ComparisonExport.SIZE[0], h = export.width() > 0 ? export.height() : ComparisonExport.SIZE[1];
        Path current = dir;
        try {
            for (Format f : export.formats()) {
                current = dir.resolve("compare." + f.extension());
                ComparisonExport.write(c, a, b, f, current, w, h, export.scale());
            }
            return null;
        } catch (IOException e) {
            return "cannot write " + current + ": " + AtomicFiles.reason(e);
        } catch (RuntimeException e) {
            return "cannot write " + current + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
