package io.tablewise.about;

import java.util.List;

/**
 * api/types.ts SbomComponent: one library the jar ships, as its SBOM lists it. {@code group}
 * is the Maven group (null for npm packages); a licence is its SPDX id, else its name or
 * SPDX expression.
 */
public record SbomComponent(String name, String group, String version, String type, List<String> licences,
        String purl) {
}
