/** Measurements of a run: exact W1 between sample sets, mode coverage, histograms. */
package org.wganlab.metrics;
