package io.tablewise.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A type declaration as the doc writes it, e.g. {@code @PublicApi public final class JobId implements Serializable, Comparable<JobId>}. */
record TypeDecl(Set<String> modifiers, String kind, String name, String typeParams, List<String> extendsTypes,
        List<String> implementsTypes, List<String> constants) {

    private static final Pattern DECL = Pattern.compile(
            "^(?:@\\w+\\s+)*((?:(?:public|protected|private|static|final|abstract)\\s+)*)(class|interface|enum|@interface)"
                    + "(?:\\s+([\\w.]+)(<[^{]*?>)?)?(?:\\s+extends\\s+(.+?))?(?:\\s+implements\\s+(.+?))?\\s*$");

    static TypeDecl parse(String text) {
        String body = text.trim();
        List<String> constants = null;
        int brace = body.indexOf('{');
        if (brace >= 0) {
            constants = constantList(body.substring(brace + 1, body.lastIndexOf('}')));
            body = body.substring(0, brace).trim();
        }
        Matcher m = DECL.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a type declaration: " + text);
        }
        Set<String> modifiers = new TreeSet<>(List.of(m.group(1).trim().split("\\s+")));
        modifiers.remove("");
        String kind = m.group(2).equals("@interface") ? "annotation" : m.group(2);
        return new TypeDecl(modifiers, kind, m.group(3), m.group(4) == null ? "" : m.group(4),
                list(m.group(5)), list(m.group(6)), constants);
    }

    static boolean looksLikeDecl(String text) {
        return DECL.matcher(text.replaceAll("\\{.*", "").trim()).matches();
    }

    static List<String> constantList(String text) {
        List<String> out = new ArrayList<>();
        for (String c : text.split(",")) {
            if (!c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : JavaText.splitTopLevel(text, ',');
    }
}
