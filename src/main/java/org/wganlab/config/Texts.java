package org.wganlab.config;

/** Text as messages show it. */
public final class Texts {
    private Texts() {
    }

    /** The value with control characters shown as \\uXXXX, so a message stays one readable line. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isISOControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
