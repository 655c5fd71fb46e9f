/**
 * The product kernel's tuning for the machine in hand: the probe's choice, cached per CPU
 * model and JVM in the user's cache folder, so a probe runs once per machine (and again after a
 * JDK update), never at every start. Only speed is chosen here: every tuning gives the same
 * numbers.
 */
package org.wganlab.kernel.tuning;
