package io.tablewise.analytics;

import java.util.regex.Pattern;

/** A name outside the analytics vocabulary: a bug in the caller, or a forged request. */
public final class UnknownEventNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private static final Pattern PRINTABLE = Pattern.compile("tablewise(\\.[a-z0-9_]+)+");
    private static final int MAX_SHOWN = 120;

    public UnknownEventNameException(String name) {
        super("event name not in the analytics vocabulary: " + describe(name));
    }

    // The rejected string may be anything a forged request sent, and exception messages end up
    // in logs and error responses: show it only when it has the harmless shape of an event name.
    private static String describe(String name) {
        if (name.length() <= MAX_SHOWN && PRINTABLE.matcher(name).matches()) {
            return name;
        }
        return "(" + name.length() + " chars, not shown)";
    }
}
