package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.Method;
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
        StepBatch n1 = new StepBatch(B), n2 = new StepBatch(B);
        rng.fillGaussian(n1.real);
        rng.fillGaussian(n1.noise);
        for (int i = 0; i < B; i++) n1.alpha[i] = (float) rng.uniform();
        System.arraycopy(n1.real.data, 0, n2.real.data, 0, 2 * B);
        System.arraycopy(n1.noise.data, 0, n2.noise.data, 0, 2 * B);
        System.arraycopy(n1.alpha, 0, n2.alpha, 0, B);
        Tensor noise = n1.noise;

        BatchPart whole = new BatchPart(0, B, B);
        BatchPart[] parts = BatchPart.cut(B, 24);
        assertEquals(2, parts.length);
        assertEquals(35, parts[1].rows);
        CriticLoss loss = new CriticLoss(method, 10f, false);
        whole.criticStep(critic, generator, loss, true, n1);
        for (BatchPart p : parts) p.criticStep(critic, generator, loss, true, n2);

        assertArrayEquals(n1.fake.data, n2.fake.data, 1e-6f);
        assertArrayEquals(n1.interp.data, n2.interp.data, 1e-6f);
        assertArrayEquals(n1.both.data, n2.both.data, 1e-6f);
        assertEquals(whole.loss(), parts[0].loss() + parts[1].loss(), 1e-5 * Math.abs(whole.loss()) + 1e-7, "loss");
        if (method.hasPenalty()) assertEquals(whole.penalty(), parts[0].penalty() + parts[1].penalty(), 1e-5 * Math.abs(whole.penalty()) + 1e-7, "penalty");
        assertEquals(whole.realCriticSum(), parts[0].realCriticSum() + parts[1].realCriticSum(), 1e-4);
        assertEquals(whole.fakeCriticSum(), parts[0].fakeCriticSum() + parts[1].fakeCriticSum(), 1e-4);
        for (int i = 0; i < critic.parameters().size(); i++) {
            float[] sum = parts[0].grad(i).data.clone();
            float[] other = parts[1].grad(i).data;
            for (int j = 0; j < sum.length; j++) sum[j] += other[j];
            assertClose(whole.grad(i).data, sum, method + " gradient " + i);
        }
        if (method.isWasserstein()) {
            assertClose(n1.gradNormsReal, n2.gradNormsReal, "real norms");
            assertClose(n1.gradNormsFake, n2.gradNormsFake, "fake norms");
        }
        assertClose(n1.gradNormsInterp, n2.gradNormsInterp, "interpolate norms");
        for (int l = 0; l < whole.measuredLayers(); l++) {
            double parted = parts[0].hiddenGradSquare(l) + parts[1].hiddenGradSquare(l);
            assertEquals(0, rel(whole.hiddenGradSquare(l), parted), 1e-4, "hidden layer " + l);
        }

        whole.generatorStep(critic, generator, method, noise);
        for (BatchPart p : parts) p.generatorStep(critic, generator, method, noise);
        assertEquals(whole.loss(), parts[0].loss() + parts[1].loss(), 1e-5 * Math.abs(whole.loss()) + 1e-7, "generator loss");
        for (int i = 0; i < generator.parameters().size(); i++) {
            float[] sum = parts[0].grad(i).data.clone();
            float[] other = parts[1].grad(i).data;
            for (int j = 0; j < sum.length; j++) sum[j] += other[j];
            assertClose(whole.grad(i).data, sum, method + " generator gradient " + i);
        }
    }

    @Test
    void smallBatchesAndWideNetworksStayWhole() {
        assertEquals(1, BatchPart.count(2 * BatchPart.MIN_PART_ROWS - 1, 64));
        assertEquals(2, BatchPart.count(2 * BatchPart.MIN_PART_ROWS, 64));
        assertEquals(1, BatchPart.count(256, BatchPart.MAX_PART_WIDTH + 1));
    }
}
