package org.wganlab.train;

/** A live change to a run (method switched, lambda changed, networks rebuilt), at the generator iteration it took effect. */
public record TrainEvent(int iteration, String description) {
}
