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
        if (framesEvery != null && every < 1) throw new UsageException("--frames-every must be a whole number of at least 1, got " + every);
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
        if (formats.isEmpty() && (size != null || scale != null)) throw new UsageException((size != null ? "--export-size" : "--export-scale") + " needs --export with the formats to write");
        if (!formats.isEmpty()) checkRaster(w > 0 ? w : Views.DASHBOARD_SIZE[0], h > 0 ? h : Views.DASHBOARD_SIZE[1], sc);
        return new ExportRequest(formats, every, w, h, sc, views(formats));
    }

    /** The largest picture the image formats can hold per side, and a raster's share of the heap. */
    static final int MAX_PIXELS_PER_SIDE = 16384;

    /** Refuses, before training, a figure whose PNG raster (width x height at scale) cannot be made or would not fit in memory. */
    static void checkRaster(int w, int h, double scale) {
        long pw = Math.round(w * scale), ph = Math.round(h * scale);
        if (pw > MAX_PIXELS_PER_SIDE || ph > MAX_PIXELS_PER_SIDE) {
            throw new UsageException("--export-size " + w + "x" + h + " at --export-scale " + scale + " makes a " + pw + "x" + ph
                    + " pixel picture; at most " + MAX_PIXELS_PER_SIDE + " pixels per side");
        }
        long bytes = 4 * pw * ph, heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap / 4) {
            throw new UsageException("--export-size " + w + "x" + h + " at --export-scale " + scale + " needs " + (bytes >> 20) + " MB per picture;"
                    + " this Java has " + (heap >> 20) + " MB (at most a quarter of it per picture). Choose a smaller size or scale, or give Java more memory (java -Xmx...)");
        }
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
