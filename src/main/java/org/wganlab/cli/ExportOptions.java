package org.wganlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wganlab.export.Format;
import org.wganlab.figures.Views;
import picocli.CommandLine.Option;

/** {@code train}'s figure options, checked into an {@link ExportRequest} before training starts. */
final class ExportOptions {
    @Option(names = "--export", paramLabel = "png,svg,pdf", description = "at the end, write every view (as listed for --composite), the dashboard and the data (CSV) in these formats")
    String export;
    @Option(names = "--composite", paramLabel = "V1,V2,...", completionCandidates = Views.Ids.class,
            description = "also composite.<format>: the chosen views in one captioned figure; views: ${COMPLETION-CANDIDATES}")
    String composite;
    @Option(names = "--export-size", paramLabel = "WxH", description = "logical size of every exported view (default: each view's own)")
    String size;
    @Option(names = "--export-scale", paramLabel = "X", description = "PNG pixels per unit, for high-DPI slides (default: 1)")
    Double scale;
    @Option(names = "--frames-every", paramLabel = "N", description = "a frame of the plane every N iterations: frames/*.png and training.gif")
    Integer framesEvery;

    ExportRequest request() {
        List<Format> formats = List.of();
        if (export != null) {
            try {
                formats = Format.parseList(export);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--export: " + e.getMessage());
            }
        }
        int every = framesEvery == null ? 0 : framesEvery;
        if (every < 0) throw new UsageException("--frames-every must be positive, got " + every);
        int w = 0, h = 0;
        if (size != null) {
            String[] p = size.toLowerCase(Locale.ROOT).split("x");
            try {
                if (p.length != 2) throw new NumberFormatException();
                w = Integer.parseInt(p[0].trim());
                h = Integer.parseInt(p[1].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--export-size: '" + size + "' is not WIDTHxHEIGHT (for example 1200x800)");
            }
            if (w < 16 || h < 16 || w > 20000 || h > 20000) throw new UsageException("--export-size: " + size + " is out of range (16 to 20000 per side)");
        }
        double sc = scale == null ? 1 : scale;
        if (!(sc > 0 && sc <= 8)) throw new UsageException("--export-scale must be in (0, 8], got " + sc);
        return new ExportRequest(formats, every, w, h, sc, views(formats));
    }

    private List<String> views(List<Format> formats) {
        if (composite == null) return List.of();
        List<String> ids = new ArrayList<>();
        for (String v : composite.split(",")) {
            String id = v.trim();
            if (id.isEmpty()) continue;
            if (!Views.ids().contains(id)) throw new UsageException("--composite: unknown view '" + id + "' (expected " + String.join(", ", Views.ids()) + ")");
            if (!ids.contains(id)) ids.add(id);
        }
        if (ids.isEmpty()) throw new UsageException("--composite needs at least one view");
        if (formats.isEmpty()) throw new UsageException("--composite needs --export with the formats to write");
        return List.copyOf(ids);
    }
}
