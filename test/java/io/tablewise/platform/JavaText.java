package io.tablewise.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenising and canonical spelling of Java type text, shared by the doc side and the reflection side. */
final class JavaText {
    private static final Pattern TOKEN = Pattern.compile(
            "\\.\\.\\.|[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*|[<>,\\[\\]?&@(){}=]|\"[^\"]*\"|\\S");
    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+(?=[A-Za-z_$])");

    /**
     * JSR-305 annotations: the doc calls them informational, so a stand-in must carry the ones the doc shows but
     * may carry more (the doc's short lists sometimes leave them out where the real source has them).
     */
    static final Set<String> NULLABILITY = Set.of("Nonnull", "Nullable", "CheckForNull");

    private JavaText() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean isWord(String token) {
        return Character.isJavaIdentifierStart(token.charAt(0)) || token.equals("?");
    }

    /** One spelling for a type: names passed through {@code names}, no spaces except between words. */
    static String canonicalType(String text, UnaryOperator<String> names) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String token : tokens(text)) {
            boolean word = isWord(token);
            if (word && previous != null && isWord(previous)) {
                out.append(' ');
            }
            boolean keyword = token.equals("extends") || token.equals("super") || token.equals("?");
            out.append(word && !keyword ? names.apply(token) : token);
            previous = token;
        }
        return out.toString();
    }

    static String stripPackages(String canonical) {
        return PACKAGE_PREFIX.matcher(canonical).replaceAll("");
    }

    /** Splits on commas that are not nested in {@code <>}, {@code ()}, {@code []} or {@code {}}. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == '>' || c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = text.substring(start).trim();
        if (!last.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** Index just past the bracket group that opens at {@code open}. */
    static int closing(String text, int open) {
        char o = text.charAt(open);
        char c = o == '<' ? '>' : o == '(' ? ')' : o == '{' ? '}' : ']';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == o) {
                depth++;
            } else if (text.charAt(i) == c && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced " + o + " in: " + text);
    }

    /** Type-variable names declared by a {@code <T extends X, K>} list. */
    static List<String> typeVariableNames(String typeParams) {
        List<String> names = new ArrayList<>();
        if (typeParams.isEmpty()) {
            return names;
        }
        for (String part : splitTopLevel(typeParams.substring(1, typeParams.length() - 1), ',')) {
            names.add(tokens(part).get(0));
        }
        return names;
    }
}
