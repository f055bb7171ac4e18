package io.tablewise.packaging;

import java.util.ArrayList;
import java.util.List;

/** Splits an OSGi header (Import-Package) into clauses, respecting quoted version ranges. */
final class OsgiHeader {
    record Clause(String name, List<String> attributes) {
        boolean optional() {
            return attributes.stream().anyMatch(a -> a.replace(" ", "").equals("resolution:=optional"));
        }
    }

    private OsgiHeader() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            clauses.add(new Clause(parts.get(0).trim(), parts.subList(1, parts.size()).stream().map(String::trim)
                    .toList()));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
