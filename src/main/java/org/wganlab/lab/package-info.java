/**
 * The lab: what the window controls, without the window. {@link org.wganlab.lab.LabController}
 * owns the current run specification, the rules a live window adds to it (each method keeps
 * its own learning rate, networks larger than the window can train are refused), the presets,
 * saved setups, and the training session. The window only lays out controls and binds them
 * to it.
 */
package org.wganlab.lab;
