/**
 * Saved sessions: a run's whole state as a {@code .wgan} file (a zip of config.json, state.json
 * and NumPy {@code .npy} tensors) that a resumed run continues from bit-identically, and that
 * numpy can open outside the app.
 */
package org.wganlab.session;
