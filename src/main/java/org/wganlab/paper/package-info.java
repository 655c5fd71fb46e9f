/**
 * The paper's figures as the app reproduces them (Gulrajani et al. 2017, Figure 1): which runs
 * each panel needs, trained headless, and the panel drawn from their snapshots. UI-free; the
 * {@code figure1} command writes them, the lessons show the same runs one by one.
 */
package org.wganlab.paper;
