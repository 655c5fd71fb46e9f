package org.wganlab.compare;

/** One side of a comparison. */
public enum Side {
    A, B;

    /** The side's folder under the compare command's --out. */
    public String folder() {
        return this == A ? "a" : "b";
    }
}
