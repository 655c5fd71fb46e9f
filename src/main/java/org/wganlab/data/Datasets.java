package org.wganlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.wganlab.config.Json;
import org.wganlab.config.Json.JsonException;

/** Built-in datasets by name, and mixtures read from JSON. */
public final class Datasets {
    /** Names the command line and the app offer, in menu order. */
    public static final List<String> NAMES = List.of("8gaussians", "25gaussians", "swissroll", "twogaussians", "ring", "moons", "checkerboard");

    private Datasets() {
    }

    public static boolean isBuiltIn(String name) {
        return NAMES.contains(name);
    }

    public static Distribution byName(String name) {
        return switch (name) {
            case "8gaussians" -> GaussianMixture.eightGaussians();
            case "25gaussians" -> GaussianMixture.twentyFiveGaussians();
            case "swissroll" -> new SwissRoll();
            case "twogaussians" -> GaussianMixture.twoGaussians();
            case "ring" -> new Ring();
            case "moons" -> new TwoMoons();
            case "checkerboard" -> new Checkerboard();
            default -> throw new IllegalArgumentException("unknown dataset '" + name + "' (expected one of " + String.join(", ", NAMES) + ", or a mixture .json file)");
        };
    }

    /** Reads a mixture file; messages name the file and, for malformed JSON, the line and column. */
    public static GaussianMixture readMixture(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new JsonException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            Map<String, Object> m = Json.parseObject(text);
            return GaussianMixture.fromJson(m);
        } catch (JsonException e) {
            throw new JsonException(file + ": " + e.getMessage());
        }
    }
}
