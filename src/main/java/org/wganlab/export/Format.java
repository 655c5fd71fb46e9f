package org.wganlab.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picture formats a figure can be written in. */
public enum Format {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name ends in ("slides.PDF"); a clear message for any other ending. */
    public static Format ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        for (Format f : values()) if (f.extension().equalsIgnoreCase(ext)) return f;
        throw new IllegalArgumentException(name + " does not end in .png, .svg or .pdf");
    }

    /** "png,svg,pdf" to formats; a clear message for anything else. */
    public static List<Format> parseList(String s) {
        List<Format> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            try {
                Format f = valueOf(p.toUpperCase(Locale.ROOT));
                if (!out.contains(f)) out.add(f);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + p + "' (expected png, svg or pdf)");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no export format given (expected png, svg or pdf)");
        return out;
    }
}
