package io.tablewise.tables;

import io.tablewise.config.RedactionSettings;
import java.util.HashSet;

/**
 * Which columns are redacted right now. The administrators' list lives in the database (every
 * node of a cluster sees the same), so it is read once per request, never cached on a node.
 */
public class RedactionPolicy {
    private final RedactionSettings settings;

    public RedactionPolicy(RedactionSettings settings) {
        this.settings = settings;
    }

    public Redactions current() {
        return new Redactions(new HashSet<>(settings.columns()));
    }
}
