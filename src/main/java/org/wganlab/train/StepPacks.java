package org.wganlab.train;

import org.wganlab.kernel.PackedWeights;
import org.wganlab.kernel.Products;
import org.wganlab.nn.Linear;
import org.wganlab.nn.Mlp;

/**
 * The weights each kind of step multiplies by, packed once before its parts run
 * ({@link PackedWeights}): a critic step runs the critic forward and backward and the
 * generator forward only; a generator step runs both networks forward and backward. Packed
 * afresh at the start of every step, so a copy is never older than the weights it stands for,
 * whatever changed them in between (an update, a restore, a switch).
 */
final class StepPacks {
    /**
     * Smaller weights are left to pack themselves: a 128-wide one stays in the core's cache,
     * where its packing costs less than packing it ahead on two threads (docs/performance.md).
     */
    static final int MIN_VALUES = 256 * 256;
    private final PackedWeights criticStep;
    private final PackedWeights generatorStep;

    StepPacks(Mlp critic, Mlp generator) {
        Products products = Products.standard();
        criticStep = add(add(new PackedWeights(products), critic, true), generator, false);
        generatorStep = add(add(new PackedWeights(products), critic, true), generator, true);
    }

    private static PackedWeights add(PackedWeights set, Mlp net, boolean backward) {
        for (Linear l : net.layers()) {
            if ((long) l.weight.rows() * l.weight.cols() >= MIN_VALUES) set.add(l.weight.value.data, l.weight.rows(), l.weight.cols(), backward);
        }
        return set;
    }

    /** The critic step's set, packed from the weights as they are now. */
    PackedWeights forCriticStep() {
        criticStep.pack();
        return criticStep;
    }

    /** The generator step's set, packed from the weights as they are now. */
    PackedWeights forGeneratorStep() {
        generatorStep.pack();
        return generatorStep;
    }
}
