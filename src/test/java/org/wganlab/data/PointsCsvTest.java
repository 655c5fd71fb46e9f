package org.wganlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class PointsCsvTest {
    private static String refusal(String... lines) {
        return assertThrows(IllegalArgumentException.class, () -> PointsCsv.parse(List.of(lines), "p.csv")).getMessage();
    }

    @Test
    void readsPointsWithOrWithoutAHeader() {
        PointCloud a = PointsCsv.parse(List.of("x,y", "1,2", "", "-3.5, 4e-1", "0\t0"), "p.csv");
        assertArrayEquals(new float[] {1, 2, -3.5f, 0.4f, 0, 0}, a.coordinates());
        PointCloud b = PointsCsv.parse(List.of("\uFEFF1;2", "3;4,extra"), "p.csv");
        assertEquals(2, b.size());
    }

    @Test
    void badLinesAreRefusedWithTheirNumber() {
        assertTrue(refusal("x,y", "1,2", "3,oops").contains("line 3"), refusal("x,y", "1,2", "3,oops"));
        assertTrue(refusal("1,2", "NaN,1").contains("line 2"));
        assertTrue(refusal("1,2").contains("2 to 100000 points"));
        assertTrue(refusal("1,2", "1e9,0").contains("±10000"));
        assertTrue(refusal("x,y", "1,2", "y,x").contains("line 3"), "only the first line may be a header");
    }

    @Test
    void samplingDrawsOnlyThePointsAndEachOfThem() {
        PointCloud p = new PointCloud(new float[] {0, 0, 1, 1, 2, 2});
        Tensor t = p.sample(new Rng(3), 600);
        int[] seen = new int[3];
        for (int r = 0; r < t.rows; r++) {
            assertEquals(t.get(r, 0), t.get(r, 1), 0f);
            seen[(int) t.get(r, 0)]++;
        }
        for (int s : seen) assertTrue(s > 150, "uniform with replacement: " + Arrays.toString(seen));
        assertTrue(p.modes().isEmpty());
        assertEquals(p, new PointCloud(new float[] {0, 0, 1, 1, 2, 2}));
    }
}
