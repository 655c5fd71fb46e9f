package org.wganlab.train;

import org.wganlab.config.RunSpec;
import org.wganlab.nn.Mlp;
import org.wganlab.optim.Optimizer;

/**
 * Both networks' optimizers and parameter updates, made and changed together: the same kind
 * and rate for critic and generator, fresh state when the spec asks for a new optimizer, a
 * new rate kept in the existing state.
 */
final class NetworkUpdates {
    private final Mlp critic, generator;
    private final ParameterUpdate criticUpdate, generatorUpdate;
    private Optimizer criticOpt, generatorOpt;

    NetworkUpdates(RunSpec spec, Mlp critic, Mlp generator, float lr) {
        this.critic = critic;
        this.generator = generator;
        criticUpdate = new ParameterUpdate(critic.parameters());
        generatorUpdate = new ParameterUpdate(generator.parameters());
        renew(spec, lr);
    }

    /** Fresh optimizers of the spec's kind, starting at rate lr (moments and accumulators from zero). */
    void renew(RunSpec spec, float lr) {
        generatorOpt = ParameterUpdate.optimizer(spec, generator.parameters(), lr);
        criticOpt = ParameterUpdate.optimizer(spec, critic.parameters(), lr);
    }

    /** A new step size for both; their state is kept. */
    void setLearningRate(float lr) {
        generatorOpt.setLearningRate(lr);
        criticOpt.setLearningRate(lr);
    }

    double learningRate() {
        return criticOpt.learningRate();
    }

    /** The critic's step from the parts' gradients, clamped to [-clip, clip] when clip > 0; returns the values left at a bound. */
    long updateCritic(BatchPart[] parts, float clip) {
        return criticUpdate.apply(criticOpt, parts, clip);
    }

    void updateGenerator(BatchPart[] parts) {
        generatorUpdate.apply(generatorOpt, parts, 0f);
    }

    Optimizer.State criticState() {
        return criticOpt.state();
    }

    Optimizer.State generatorState() {
        return generatorOpt.state();
    }

    void restore(Optimizer.State criticState, Optimizer.State generatorState) {
        criticOpt.restore(criticState);
        generatorOpt.restore(generatorState);
    }
}
