package org.wganlab.i18n;

/** Input refused for a reason given as a {@link Worded} sentence: its message is the English. */
public final class Refused extends IllegalArgumentException {
    private final Worded reason;

    public Refused(Worded reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Refused(String key, Object... args) {
        this(Worded.of(key, args));
    }

    public Worded reason() {
        return reason;
    }
}
