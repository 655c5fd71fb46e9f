package org.wganlab.data;

/** A mode of a distribution: its centre and its standard deviation (per coordinate). */
public record Mode(double x, double y, double std) {
}
