package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.autodiff.Arena;
import org.wganlab.autodiff.Autodiff;
import org.wganlab.kernel.Elementwise;
import org.wganlab.kernel.ThreadScoped;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.Method;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;

/**
 * One part of a training batch: rows [offset, offset + rows) of the real, noise and
 * interpolation-weight arrays, with its own graph, arenas and evaluator, so that the parts of a
 * step can run on different threads (see {@link org.wganlab.kernel.Parallel#forEachPart}).
 *
 * <p>Every loss term of a step is a mean over the batch's rows, so the batch's loss is the sum
 * over parts of each part's loss weighted by rows / batch, and so are its gradients. A part
 * computes its weighted loss and gradients; the {@link Trainer} adds the parts up in part order.
 * How a batch is cut depends on the batch size only, never on the thread count, so a seed gives
 * the same run on any machine.
 */
final class BatchPart {
    final int offset;
    final int rows;
    private final float weight;
    private final Tensor real, noise, fake, batch, interp;
    private final MlpEvaluator evaluator = new MlpEvaluator();
    // One arena per kind of step: each replays the same allocation sequence every time.
    private final Arena criticArena = new Arena();
    private final Arena measuredCriticArena = new Arena();
    private final Arena generatorArena = new Arena();

    // Results of the last step this part ran, read through the methods below; the gradients
    // live in the part's arena until its next step.
    private List<Node> grads;
    private float loss;
    private float penalty = Float.NaN;
    private double realCriticSum, fakeCriticSum;
    /** Squared Frobenius norms of the loss's gradient at each hidden layer (measured steps only). */
    private double[] hiddenGradSquares = new double[0];

    /** The last step's gradient of this part's share of the loss with respect to parameter i. */
    Tensor grad(int i) {
        return grads.get(i).value;
    }

    /** How many gradients the last step made: one per parameter it trained. */
    int gradCount() {
        return grads.size();
    }

    /** This part's share of the last step's loss (weighted by its rows). */
    float loss() {
        return loss;
    }

    /** This part's share of the last critic step's penalty, or NaN without one. */
    float penalty() {
        return penalty;
    }

    /** The sums of the critic's values over this part's real rows and fake rows. */
    double realCriticSum() {
        return realCriticSum;
    }

    double fakeCriticSum() {
        return fakeCriticSum;
    }

    /** The squared norm of the loss's gradient at hidden layer l (0 where this step measured none). */
    double hiddenGradSquare(int l) {
        return l < hiddenGradSquares.length ? hiddenGradSquares[l] : 0;
    }

    /** How many hidden layers the last measured step covered. */
    int measuredLayers() {
        return hiddenGradSquares.length;
    }

    BatchPart(int offset, int rows, int batch) {
        this.offset = offset;
        this.rows = rows;
        this.weight = (float) rows / batch;
        real = new Tensor(rows, 2);
        noise = new Tensor(rows, 2);
        fake = new Tensor(rows, 2);
        this.batch = new Tensor(2 * rows, 2);
        interp = new Tensor(rows, 2);
    }

    /**
     * Cuts a batch into two parts, or leaves it whole when it is small (a tiny graph is not worth
     * a hand-off) or the networks are wider than the paper's 512. Two parts each run their
     * products whole on their own core, with no hand-off per product, but each packs the weights
     * again and makes its own weight gradients to add up. Measured, they ran faster than one
     * batch on two threads at every width up to 512, by less the wider the network, and no
     * slower on one (docs/performance.md). Depends on the config only, never on the thread
     * count, so a seed gives the same run on any machine.
     */
    static BatchPart[] cut(int batch, int hidden) {
        int parts = count(batch, hidden);
        BatchPart[] out = new BatchPart[parts];
        for (int p = 0; p < parts; p++) {
            int from = p * batch / parts, to = (p + 1) * batch / parts;
            out[p] = new BatchPart(from, to - from, batch);
        }
        return out;
    }

    static int count(int batch, int hidden) {
        return batch >= 2 * MIN_PART_ROWS && hidden <= MAX_PART_WIDTH ? 2 : 1;
    }

    static final int MIN_PART_ROWS = 32;
    static final int MAX_PART_WIDTH = 512;

    /**
     * One critic step's forward and backward on this part. The full batch's real points, noise
     * and interpolation weights are read at this part's rows; the fake and interpolated points
     * it makes, its rows of [real; fake] and (measured) its gradient norms are written there.
     */
    void criticStep(Mlp critic, Mlp generator, CriticLoss lossSpec, boolean measure, StepBatch out) {
        int b = out.size;
        Method method = lossSpec.method();
        float[] alpha = out.alpha;
        System.arraycopy(out.real.data, 2 * offset, real.data, 0, 2 * rows);
        System.arraycopy(out.noise.data, 2 * offset, noise.data, 0, 2 * rows);
        if (lossSpec.fixedGenerator()) {
            for (int i = 0; i < fake.data.length; i++) fake.data[i] = real.data[i] + noise.data[i];
        } else {
            evaluator.evaluate(generator, noise, fake);
        }
        System.arraycopy(real.data, 0, batch.data, 0, 2 * rows);
        System.arraycopy(fake.data, 0, batch.data, 2 * rows, 2 * rows);
        for (int i = 0; i < rows; i++) {
            float a = alpha[offset + i];
            interp.data[2 * i] = a * real.data[2 * i] + (1 - a) * fake.data[2 * i];
            interp.data[2 * i + 1] = a * real.data[2 * i + 1] + (1 - a) * fake.data[2 * i + 1];
        }
        System.arraycopy(fake.data, 0, out.fake.data, 2 * offset, 2 * rows);
        System.arraycopy(interp.data, 0, out.interp.data, 2 * offset, 2 * rows);
        System.arraycopy(real.data, 0, out.both.data, 2 * offset, 2 * rows);
        System.arraycopy(fake.data, 0, out.both.data, 2 * (b + offset), 2 * rows);

        Arena arena = measure ? measuredCriticArena : criticArena;
        arena.reset();
        try (ThreadScoped.Scope s = arena.activate()) {
            Node x = measure ? Node.variable(batch) : Node.constant(batch);
            List<Node> hidden = measure ? new ArrayList<>() : null;
            Node d = critic.forward(x, hidden);
            Node dReal = Ops.sliceRows(d, 0, rows);
            Node dFake = Ops.sliceRows(d, rows, rows);
            Node partLoss = method.isWasserstein()
                    ? Ops.sub(Ops.mean(dFake), Ops.mean(dReal))
                    : Ops.add(Ops.mean(Ops.softplus(Ops.scale(dReal, -1f))), Ops.mean(Ops.softplus(dFake)));
            Node pen = null;
            Node interpNorms = null;
            if (method.hasPenalty()) {
                interpNorms = GradientPenalty.inputGradientNorms(critic, Node.variable(interp));
                float lambda = lossSpec.lambda();
                pen = method == Method.GP ? GradientPenalty.twoSided(interpNorms, lambda) : GradientPenalty.oneSided(interpNorms, lambda);
                partLoss = Ops.add(partLoss, pen);
            }
            Node weighted = Ops.scale(partLoss, weight);
            int p = critic.parameters().size();
            List<Node> targets = new ArrayList<>(critic.parameters());
            if (measure) {
                targets.add(x);
                targets.addAll(hidden);
            }
            grads = Autodiff.grad(weighted, targets, false);
            loss = weighted.item();
            penalty = pen == null ? Float.NaN : weight * pen.item();
            realCriticSum = sum(d.value, 0, rows);
            fakeCriticSum = sum(d.value, rows, 2 * rows);
            if (measure) {
                if (method.isWasserstein()) {
                    // The loss's input gradient is -grad D / B at real rows and +grad D / B at fake rows: free norms.
                    float[] g = grads.get(p).value.data;
                    for (int i = 0; i < rows; i++) {
                        out.gradNormsReal[offset + i] = b * (float) Math.hypot(g[2 * i], g[2 * i + 1]);
                        out.gradNormsFake[offset + i] = b * (float) Math.hypot(g[2 * (rows + i)], g[2 * (rows + i) + 1]);
                    }
                }
                if (interpNorms != null) {
                    System.arraycopy(interpNorms.value.data, 0, out.gradNormsInterp, offset, rows);
                } else {
                    inputGradientNorms(critic, interp, out.gradNormsInterp, offset);
                }
                if (hiddenGradSquares.length != hidden.size()) hiddenGradSquares = new double[hidden.size()];
                for (int l = 0; l < hidden.size(); l++) hiddenGradSquares[l] = Elementwise.sumOfSquares(grads.get(p + 1 + l).value.data);
            }
        }
    }

    /** One generator step's forward and backward on this part's rows of the noise. */
    void generatorStep(Mlp critic, Mlp generator, Method method, Tensor noiseIn) {
        System.arraycopy(noiseIn.data, 2 * offset, noise.data, 0, 2 * rows);
        generatorArena.reset();
        try (ThreadScoped.Scope s = generatorArena.activate()) {
            Node d = critic.forward(generator.forward(Node.constant(noise)));
            // -mean D(G(z)) for the Wasserstein losses; for the standard GAN the non-saturating -log sigma(D)
            // or the minimax game's log(1 - sigma(D)) = -softplus(D).
            Node partLoss = method.isWasserstein() ? Ops.scale(Ops.mean(d), -1f)
                    : method == Method.MINIMAX ? Ops.scale(Ops.mean(Ops.softplus(d)), -1f) : Ops.mean(Ops.softplus(Ops.scale(d, -1f)));
            Node weighted = Ops.scale(partLoss, weight);
            grads = Autodiff.grad(weighted, generator.parameters(), false);
            loss = weighted.item();
        }
    }

    /**
     * ||grad_x D|| at the batch's real and fake points for the standard GAN, whose loss gradient
     * is scaled by sigmoids: its own pass, in its own arena. (For the Wasserstein losses the parts
     * read them off the loss's input gradient for free.)
     */
    static void standardGanInputGradients(Mlp critic, StepBatch batch, Arena arena) {
        int b = batch.size;
        arena.reset();
        try (ThreadScoped.Scope s = arena.activate()) {
            float[] both = new float[2 * b];
            inputGradientNorms(critic, batch.both, both, 0);
            System.arraycopy(both, 0, batch.gradNormsReal, 0, b);
            System.arraycopy(both, b, batch.gradNormsFake, 0, b);
        }
    }

    /** ||grad_x D(x)|| for each row of points, written to out from offset. */
    static void inputGradientNorms(Mlp critic, Tensor points, float[] out, int offset) {
        Node x = Node.variable(points);
        Node g = Autodiff.grad(critic.forward(x), x, false);
        float[] gd = g.value.data;
        for (int i = 0; i < points.rows; i++) out[offset + i] = (float) Math.hypot(gd[2 * i], gd[2 * i + 1]);
    }

    long arenaAllocations() {
        return criticArena.allocations() + measuredCriticArena.allocations() + generatorArena.allocations();
    }

    private static double sum(Tensor t, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += t.data[i];
        return s;
    }
}
