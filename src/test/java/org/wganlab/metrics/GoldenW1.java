package org.wganlab.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.autodiff.Tensor;

/** A committed golden set from POT (src/test/resources/golden): two point sets and POT's exact W1 between them. */
record GoldenW1(Tensor a, Tensor b, double w1) {
    static GoldenW1 read(String file) throws IOException {
        double w1 = Double.NaN;
        List<float[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(GoldenW1.class.getResourceAsStream("/golden/" + file), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                if (line.startsWith("w1=")) {
                    w1 = Double.parseDouble(line.substring(3));
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new float[] {Float.parseFloat(f[0]), Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3])});
            }
        }
        Tensor a = new Tensor(rows.size(), 2), b = new Tensor(rows.size(), 2);
        for (int i = 0; i < rows.size(); i++) {
            float[] f = rows.get(i);
            a.set(i, 0, f[0]);
            a.set(i, 1, f[1]);
            b.set(i, 0, f[2]);
            b.set(i, 1, f[3]);
        }
        return new GoldenW1(a, b, w1);
    }
}
