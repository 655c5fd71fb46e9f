package org.wganlab.data;

import java.util.List;
import org.wganlab.i18n.Refused;

/** Built-in datasets by name. */
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
            default -> throw new Refused("refusal.unknownDataset", String.valueOf(name), String.join(", ", NAMES));
        };
    }
}
