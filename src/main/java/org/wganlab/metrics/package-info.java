/** Measurements of a run: exact W1 between sample sets and mode coverage (the charts bin their histograms with JFreeChart). */
package org.wganlab.metrics;
