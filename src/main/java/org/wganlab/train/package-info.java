/**
 * The training engine. {@link org.wganlab.train.Trainer} is the paper's loop with switchable
 * Lipschitz methods: it runs each batch in {@link org.wganlab.train.BatchPart}s (two, one per
 * core, for networks up to 512 wide), adds their gradients up and updates each network through
 * a {@link org.wganlab.train.ParameterUpdate}, and applies a changed
 * {@link org.wganlab.config.RunSpec} at the next step, recording a
 * {@link org.wganlab.train.TrainEvent}. {@link org.wganlab.train.RunDriver} drives a trainer
 * for the command line and the window alike (evaluations off the training thread, divergence,
 * timing); {@link org.wganlab.train.TrainingSession} runs a driver on its own thread for a
 * live view, owns its live spec and publishes immutable {@link org.wganlab.train.Snapshot}s.
 * {@link org.wganlab.train.Presets} reads the ready-made setups from their JSON resource.
 * Knows nothing of JavaFX.
 */
package org.wganlab.train;
