package io.tablewise.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deliberate differences listed in test/platform-api/README.md, one per line:
 * {@code - omitted `Type#member(Params)`}, {@code - extra `Type#member(Params)`}, {@code - omitted-type `Type`},
 * {@code - extra-type `Type`}. Param types are written with simple names, as in the doc.
 */
final class Deviations {
    private static final Pattern LINE =
            Pattern.compile("^- (omitted|extra|omitted-type|extra-type) `([\\w.]+)(?:#([^`]+))?`.*");

    final Set<String> omitted = new LinkedHashSet<>();
    final Set<String> extra = new LinkedHashSet<>();
    final Set<String> omittedTypes = new LinkedHashSet<>();
    final Set<String> extraTypes = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();

    static Deviations parse(List<String> readme) {
        Deviations d = new Deviations();
        for (String line : readme) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(3) == null ? m.group(2) : m.group(2) + "#" + m.group(3).replace(" ", "");
            switch (m.group(1)) {
                case "omitted" -> d.omitted.add(key);
                case "extra" -> d.extra.add(key);
                case "omitted-type" -> d.omittedTypes.add(key);
                default -> d.extraTypes.add(key);
            }
        }
        return d;
    }

    boolean use(Set<String> listed, String key) {
        if (listed.contains(key)) {
            used.add(key);
            return true;
        }
        return false;
    }

    Set<String> unused() {
        Set<String> all = new LinkedHashSet<>(omitted);
        all.addAll(extra);
        all.addAll(omittedTypes);
        all.addAll(extraTypes);
        all.removeAll(used);
        return all;
    }
}
