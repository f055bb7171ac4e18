package io.tablewise.about;

import java.util.List;

/** api/types.ts About: GET /about, what a security reviewer asks first. */
public record About(App app, Product product, List<SbomComponent> components) {

    /** This app: its version (the jar's). */
    public record App(String version) {
    }

    /** The host product as SAL reports it; {@code key} is "jira" or "confluence". */
    public record Product(String key, String displayName, String version, String buildNumber) {
    }
}
