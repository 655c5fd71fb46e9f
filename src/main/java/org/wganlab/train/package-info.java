/**
 * The training engine: settings ({@link org.wganlab.train.TrainConfig}), the WGAN loop with
 * switchable Lipschitz methods ({@link org.wganlab.train.Trainer}, which runs each batch in
 * {@link org.wganlab.train.BatchPart}s, one per core), live-change events,
 * per-iteration metrics, bounded histories, immutable snapshots for views, and periodic
 * evaluation. Knows nothing of JavaFX.
 */
package org.wganlab.train;
