/**
 * Lessons: a prepared sequence of steps (a text in the seeds' notation, a run to start from,
 * switches scheduled at given iterations, the overlays and charts to show), read from JSON,
 * given in the window step by step and run headless into a handout.
 */
package org.wganlab.lesson;
