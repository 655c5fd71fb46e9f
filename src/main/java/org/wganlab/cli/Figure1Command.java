package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.Csv;
import org.wganlab.export.FigureWriter;
import org.wganlab.export.Format;
import org.wganlab.figures.Drawing;
import org.wganlab.paper.Figure1;
import org.wganlab.kernel.tuning.KernelSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code figure1 a|b|all --out DIR}: the paper's Figure 1, its runs trained headless, as PNG, SVG and PDF. */
@Command(name = "figure1", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reproduce Figure 1 of Gulrajani et al. (2017): (a) fixed-generator critics, clipping vs. the penalty, on three datasets; "
                + "(b) a 12-layer critic's per-layer gradients (left) and weights (right). Writes figure1a, figure1b-left and figure1b-right.")
final class Figure1Command implements Callable<Integer> {
    private final PrintStream stdout, stderr;
    @Parameters(arity = "0..1", paramLabel = "a|b|all", description = "the panels to make (default: ${DEFAULT-VALUE})", defaultValue = "all")
    String panels;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "write the figures here")
    String out;
    @Option(names = "--export", paramLabel = "png,svg,pdf", description = "formats (default: ${DEFAULT-VALUE})", defaultValue = "png,svg,pdf")
    String formats;

    Figure1Command(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        String which = panels.toLowerCase(Locale.ROOT);
        if (!List.of("a", "b", "all").contains(which)) throw new UsageException("figure1: the panels are a, b or all, got " + panels);
        List<Format> fmts;
        try {
            fmts = Format.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--export " + e.getMessage());
        }
        Path dir = TrainCommand.outputDir(out);
        KernelSetup.prepareFor(Figure1.DEPTH_WIDTH, notice -> stderr.println("wgan-lab: " + notice));
        List<Path> written = new ArrayList<>();
        if (!which.equals("b")) {
            List<Figure1.Trained> six = Figure1.train(Figure1.fixedGeneratorRuns(), this::progress);
            written.addAll(write(Figure1.panelA(six), dir, "figure1a", 1500, 900, fmts));
        }
        if (!which.equals("a")) {
            List<Figure1.Trained> four = Figure1.train(Figure1.depthRuns(), this::progress);
            written.addAll(write(Figure1.panelBLeft(four), dir, "figure1b-left", 900, 620, fmts));
            written.addAll(write(Figure1.panelBRight(four.get(1), four.get(3)), dir, "figure1b-right", 760, 760, fmts));
            Path csv = dir.resolve("figure1b-left.csv");
            AtomicFiles.writeString(csv, layersCsv(four));
            written.add(csv);
        }
        stdout.println("figures=" + written.size() + " out=" + dir);
        return 0;
    }

    private void progress(int run, int runs, String label, int done, int of) {
        if (done == 0) stderr.printf(Locale.ROOT, "run %d of %d: %s, %d iterations%n", run + 1, runs, label, of);
    }

    private static List<Path> write(Drawing d, Path dir, String name, int w, int h, List<Format> fmts) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Format f : fmts) {
            Path file = dir.resolve(name + "." + f.extension());
            FigureWriter.write(d, f, file, w, h, f == Format.PNG ? 2 : 1);
            out.add(file);
        }
        return out;
    }

    /** The curves of (b) left as numbers: layer, then one column per critic. */
    static String layersCsv(List<Figure1.Trained> runs) {
        StringBuilder b = new StringBuilder("layer");
        for (Figure1.Trained t : runs) b.append(",\"").append(t.label()).append('"');
        b.append('\n');
        int layers = runs.get(0).snapshot().norms().perLayer().length;
        for (int l = 0; l < layers; l++) {
            b.append(l + 1);
            for (Figure1.Trained t : runs) b.append(',').append(Csv.number(t.snapshot().norms().perLayer()[l]));
            b.append('\n');
        }
        return b.toString();
    }
}
