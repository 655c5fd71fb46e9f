package org.wganlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;

class MixtureFitTest {
    private static final double[][] CENTRES = {{-2, 0, 0.1}, {0, 2, 0.2}, {2, -1, 0.05}};

    private static float[] sample(int n) {
        Rng rng = new Rng(42);
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double[] c = CENTRES[i % 3];
            xy[2 * i] = (float) (c[0] + c[2] * rng.gaussian());
            xy[2 * i + 1] = (float) (c[1] + c[2] * rng.gaussian());
        }
        return xy;
    }

    @Test
    void findsTheMixtureThePointsCameFrom() {
        List<Mode> modes = MixtureFit.fit(sample(3000), 3);
        assertEquals(3, modes.size());
        // Sorted by x: the centres in that order.
        for (int j = 0; j < 3; j++) {
            assertEquals(CENTRES[j][0], modes.get(j).x(), 0.02, "x of " + j);
            assertEquals(CENTRES[j][1], modes.get(j).y(), 0.02, "y of " + j);
            assertEquals(CENTRES[j][2], modes.get(j).std(), 0.15 * CENTRES[j][2], "spread of " + j);
        }
    }

    @Test
    void theSamePointsGiveTheSameModesAndManyPointsAreThinned() {
        float[] xy = sample(60_000);
        assertEquals(MixtureFit.fit(xy, 3), MixtureFit.fit(xy, 3));
        assertEquals(CENTRES[1][1], MixtureFit.fit(xy, 3).get(1).y(), 0.02);
    }

    @Test
    void refusesWhatCannotBeFitted() {
        assertThrows(IllegalArgumentException.class, () -> MixtureFit.fit(sample(10), 0));
        assertThrows(IllegalArgumentException.class, () -> MixtureFit.fit(sample(10), 26));
        assertThrows(IllegalArgumentException.class, () -> MixtureFit.fit(sample(2), 3));
        // Identical points: the spread floor keeps it finite.
        List<Mode> same = MixtureFit.fit(new float[] {1, 1, 1, 1, 1, 1}, 2);
        for (Mode m : same) assertEquals(true, Double.isFinite(m.std()) && m.std() > 0);
    }
}
