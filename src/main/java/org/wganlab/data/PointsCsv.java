package org.wganlab.data;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.wganlab.i18n.Refused;

/**
 * Reads a point cloud from CSV: one point per line as {@code x,y} (a header line such as
 * {@code x,y}, blank lines and further columns are allowed); a bad line is refused with its number.
 */
public final class PointsCsv {
    private PointsCsv() {
    }

    /** The points of a file; a {@link Refused} says what is wrong and where. */
    public static PointCloud read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new Refused("refusal.unreadable.noSuchFile", file.toString());
        } catch (MalformedInputException e) {
            throw new Refused("refusal.unreadable.notUtf8", file.toString());
        } catch (IOException e) {
            throw new Refused("refusal.unreadable.other", file.toString(), String.valueOf(e.getMessage()));
        }
        return parse(lines, file.toString());
    }

    static PointCloud parse(List<String> lines, String name) {
        if (lines.size() > PointCloud.MAX_POINTS + 1) throw new Refused("refusal.points.tooMany", name, PointCloud.MAX_POINTS);
        float[] xy = new float[2 * lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isEmpty()) continue;
            String[] cells = line.split("[,;\\t ]+");
            if (n == 0 && i == firstNonBlank(lines) && !isNumber(cells[0])) continue; // a header
            if (cells.length < 2 || !isNumber(cells[0]) || !isNumber(cells[1])) {
                throw new Refused("refusal.points.notTwoNumbers", name, i + 1, abbreviate(line));
            }
            xy[2 * n] = Float.parseFloat(cells[0]);
            xy[2 * n + 1] = Float.parseFloat(cells[1]);
            n++;
        }
        try {
            return new PointCloud(Arrays.copyOf(xy, 2 * n));
        } catch (Refused e) {
            throw new Refused("refusal.points.in", name, e.reason());
        }
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    private static boolean isNumber(String s) {
        try {
            return Float.isFinite(Float.parseFloat(s)) && !s.endsWith("f") && !s.endsWith("d") && !s.endsWith("F") && !s.endsWith("D");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
