package org.wganlab.train;

import java.util.List;

/** A run as a saved session holds it: the trainer's whole state and the evaluations that had landed, oldest first. */
public record RunState(TrainerState trainer, List<EvalResult> evaluations) {
    public RunState {
        evaluations = List.copyOf(evaluations);
    }
}
