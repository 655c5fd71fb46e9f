package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Mlp;

/** A batch cut into parts gives the whole batch's loss, gradients and measurements (to float rounding). */
class BatchPartTest {
    private static final int B = 70; // odd halves: parts of 35 rows

    private static float rel(double a, double b) {
        return (float) (Math.abs(a - b) / Math.max(1e-6, Math.max(Math.abs(a), Math.abs(b))));
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = 0;
        for (float e : expected) scale = Math.max(scale, Math.abs(e));
        // The floor covers gradients that are exactly zero in exact arithmetic (the last bias under a
        // Wasserstein loss: mean of ones minus mean of ones), where rounding leaves ~1e-8.
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 2e-5 * scale + 1e-6, what + " element " + i);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void twoPartsAddUpToTheWholeBatch(Method method) {
        Rng rng = new Rng(7);
        Mlp critic = Mlp.create(2, 24, 3, 1, Activation.RELU, rng.split());
        Mlp generator = Mlp.create(2, 24, 3, 2, Activation.RELU, rng.split());
        Tensor real = new Tensor(B, 2), noise = new Tensor(B, 2);
        rng.fillGaussian(real);
        rng.fillGaussian(noise);
        float[] alpha = new float[B];
        for (int i = 0; i < B; i++) alpha[i] = (float) rng.uniform();

        BatchPart whole = new BatchPart(0, B, B);
        BatchPart[] parts = BatchPart.cut(B, 24);
        assertEquals(2, parts.length);
        assertEquals(35, parts[1].rows);
        Tensor fake1 = new Tensor(B, 2), interp1 = new Tensor(B, 2), batch1 = new Tensor(2 * B, 2);
        Tensor fake2 = new Tensor(B, 2), interp2 = new Tensor(B, 2), batch2 = new Tensor(2 * B, 2);
        BatchPart.StepBuffers n1 = new BatchPart.StepBuffers(B), n2 = new BatchPart.StepBuffers(B);
        whole.criticStep(critic, generator, method, 10f, false, true, real, noise, alpha, fake1, interp1, batch1, n1);
        for (BatchPart p : parts) p.criticStep(critic, generator, method, 10f, false, true, real, noise, alpha, fake2, interp2, batch2, n2);

        assertArrayEquals(fake1.data, fake2.data, 1e-6f);
        assertArrayEquals(interp1.data, interp2.data, 1e-6f);
        assertArrayEquals(batch1.data, batch2.data, 1e-6f);
        assertEquals(whole.loss, parts[0].loss + parts[1].loss, 1e-5 * Math.abs(whole.loss) + 1e-7, "loss");
        if (method.hasPenalty()) assertEquals(whole.penalty, parts[0].penalty + parts[1].penalty, 1e-5 * Math.abs(whole.penalty) + 1e-7, "penalty");
        assertEquals(whole.realCriticSum, parts[0].realCriticSum + parts[1].realCriticSum, 1e-4);
        assertEquals(whole.fakeCriticSum, parts[0].fakeCriticSum + parts[1].fakeCriticSum, 1e-4);
        for (int i = 0; i < critic.parameters().size(); i++) {
            float[] sum = parts[0].grads.get(i).value.data.clone();
            float[] other = parts[1].grads.get(i).value.data;
            for (int j = 0; j < sum.length; j++) sum[j] += other[j];
            assertClose(whole.grads.get(i).value.data, sum, method + " gradient " + i);
        }
        if (method.isWasserstein()) {
            assertClose(n1.gradNormsReal, n2.gradNormsReal, "real norms");
            assertClose(n1.gradNormsFake, n2.gradNormsFake, "fake norms");
        }
        assertClose(n1.gradNormsInterp, n2.gradNormsInterp, "interpolate norms");
        for (int l = 0; l < whole.hiddenGradSquares.length; l++) {
            double parted = parts[0].hiddenGradSquares[l] + parts[1].hiddenGradSquares[l];
            assertEquals(0, rel(whole.hiddenGradSquares[l], parted), 1e-4, "hidden layer " + l);
        }

        whole.generatorStep(critic, generator, method.isWasserstein(), noise);
        for (BatchPart p : parts) p.generatorStep(critic, generator, method.isWasserstein(), noise);
        assertEquals(whole.loss, parts[0].loss + parts[1].loss, 1e-5 * Math.abs(whole.loss) + 1e-7, "generator loss");
        for (int i = 0; i < generator.parameters().size(); i++) {
            float[] sum = parts[0].grads.get(i).value.data.clone();
            float[] other = parts[1].grads.get(i).value.data;
            for (int j = 0; j < sum.length; j++) sum[j] += other[j];
            assertClose(whole.grads.get(i).value.data, sum, method + " generator gradient " + i);
        }
    }

    @org.junit.jupiter.api.Test
    void smallBatchesAndWideNetworksStayWhole() {
        assertEquals(1, BatchPart.count(2 * BatchPart.MIN_PART_ROWS - 1, 64));
        assertEquals(2, BatchPart.count(2 * BatchPart.MIN_PART_ROWS, 64));
        assertEquals(1, BatchPart.count(256, BatchPart.MAX_PART_WIDTH + 1));
    }
}
