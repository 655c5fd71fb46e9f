/**
 * The lab: what the window controls, without the window. {@link org.wganlab.lab.LabController}
 * holds the rules a live window adds to a run (each method keeps its own learning rate,
 * networks larger than the window can train are refused, what a preset, a loaded file or a
 * session starts) and turns every control's change and command into one of the
 * {@link org.wganlab.train.TrainingSession}, the one owner of the live spec. The window only
 * lays out controls and binds them to it.
 */
package org.wganlab.lab;
