package io.tablewise.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A method or constructor as the reference doc writes it: {@code [@A] [modifiers] [<T>] [Ret] name(P...) [throws X]},
 * parameter names optional. A declaration without a return type is "partial": only name and parameters are known.
 */
record MemberDecl(Set<String> annotations, Set<String> modifiers, String typeParams, String returnType, String name,
        List<Param> params, List<String> exceptions) {

    record Param(Set<String> annotations, String type) {
    }

    private static final Set<String> MODIFIERS =
            Set.of("public", "protected", "private", "static", "default", "final", "abstract", "synchronized");
    /** Source-retention or informational-only markers that never reach the class file. */
    private static final Set<String> IGNORED_ANNOTATIONS = Set.of("Override", "SuppressWarnings", "SafeVarargs");

    boolean partial() {
        return returnType == null;
    }

    static MemberDecl parse(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            throw new IllegalArgumentException("not a member: " + text);
        }
        int close = JavaText.closing(text, open);
        List<String> head = headTokens(text.substring(0, open));
        Set<String> annotations = new TreeSet<>();
        Set<String> modifiers = new TreeSet<>();
        int i = 0;
        while (i < head.size() && (head.get(i).startsWith("@") || MODIFIERS.contains(head.get(i)))) {
            String t = head.get(i++);
            if (t.startsWith("@")) {
                addAnnotation(annotations, t.substring(1));
            } else {
                modifiers.add(t);
            }
        }
        String typeParams = i < head.size() && head.get(i).startsWith("<") ? head.get(i++) : "";
        List<String> rest = head.subList(i, head.size());
        if (rest.isEmpty() || rest.size() > 2) {
            throw new IllegalArgumentException("cannot read member head: " + text);
        }
        String returnType = rest.size() == 2 ? rest.get(0) : null;
        String name = rest.get(rest.size() - 1);
        List<Param> params = new ArrayList<>();
        for (String p : JavaText.splitTopLevel(text.substring(open + 1, close - 1), ',')) {
            params.add(param(p));
        }
        List<String> exceptions = new ArrayList<>();
        String tail = text.substring(close).trim();
        if (tail.startsWith("throws ")) {
            for (String e : JavaText.splitTopLevel(tail.substring("throws ".length()), ',')) {
                exceptions.add(e.trim());
            }
        } else if (!tail.isEmpty()) {
            throw new IllegalArgumentException("unexpected text after parameters: " + text);
        }
        return new MemberDecl(annotations, modifiers, typeParams, returnType, name, params, exceptions);
    }

    /** Splits the part before '(' into annotation, modifier, {@code <..>}, type and name tokens. */
    private static List<String> headTokens(String head) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '<') {
                i = JavaText.closing(head, i);
            } else {
                while (i < head.length() && !Character.isWhitespace(head.charAt(i))) {
                    i = head.charAt(i) == '<' ? JavaText.closing(head, i) : i + 1;
                }
            }
            out.add(head.substring(start, i));
        }
        return out;
    }

    private static Param param(String text) {
        Set<String> annotations = new TreeSet<>();
        String rest = text.trim();
        while (rest.startsWith("@")) {
            int end = rest.indexOf(' ');
            addAnnotation(annotations, rest.substring(1, end));
            rest = rest.substring(end).trim();
        }
        List<String> parts = headTokens(rest);
        // a trailing parameter name is optional: "boolean readOnly"
        return new Param(annotations, parts.get(0));
    }

    private static void addAnnotation(Set<String> annotations, String name) {
        if (!IGNORED_ANNOTATIONS.contains(name)) {
            annotations.add(name);
        }
    }

    /** The doc's shorthand {@code f(String, A|B[, C])} stands for f(String, A), f(String, A, C), f(String, B), ... */
    static List<String> expandShorthand(String text) {
        int optional = text.indexOf("[,");
        if (optional >= 0) {
            int end = JavaText.closing(text, optional);
            String without = text.substring(0, optional) + text.substring(end);
            String with = text.substring(0, optional) + text.substring(optional + 1, end - 1) + text.substring(end);
            List<String> out = new ArrayList<>(expandShorthand(without));
            out.addAll(expandShorthand(with));
            return out;
        }
        int bar = text.indexOf('|');
        if (bar < 0) {
            return List.of(text);
        }
        int start = bar;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        int end = bar;
        while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '|')) {
            end++;
        }
        List<String> out = new ArrayList<>();
        for (String alternative : text.substring(start, end).split("\\|")) {
            out.addAll(expandShorthand(text.substring(0, start) + alternative + text.substring(end)));
        }
        return out;
    }

    /** Canonical form with every type name resolved by {@code names}. Public/abstract are implied and dropped. */
    String canonical(String declaringSimpleName, UnaryOperator<String> names) {
        List<String> typeVars = JavaText.typeVariableNames(typeParams);
        UnaryOperator<String> scoped = n -> typeVars.contains(n) ? n : names.apply(n);
        StringBuilder out = new StringBuilder();
        annotations.stream().filter(a -> !JavaText.NULLABILITY.contains(a)).forEach(a -> out.append('@').append(a).append(' '));
        modifiers.stream().filter(m -> !m.equals("public") && !m.equals("abstract"))
                .forEach(m -> out.append(m).append(' '));
        if (!typeParams.isEmpty()) {
            out.append(JavaText.canonicalType(typeParams, scoped)).append(' ');
        }
        if (returnType != null) {
            out.append(JavaText.canonicalType(returnType, scoped)).append(' ');
        }
        out.append(name).append('(').append(paramList(scoped, true)).append(')');
        if (!exceptions.isEmpty()) {
            out.append(" throws ").append(exceptions.stream().map(e -> JavaText.canonicalType(e, scoped))
                    .sorted().collect(Collectors.joining(",")));
        }
        return out.toString();
    }

    /** Nullability annotations by position: "return @Nullable", "0 @Nonnull" (first parameter). */
    Set<String> nullability() {
        Set<String> out = new TreeSet<>();
        annotations.stream().filter(JavaText.NULLABILITY::contains).forEach(a -> out.add("return @" + a));
        for (int i = 0; i < params.size(); i++) {
            int position = i;
            params.get(i).annotations().stream().filter(JavaText.NULLABILITY::contains)
                    .forEach(a -> out.add(position + " @" + a));
        }
        return out;
    }

    /** {@code name(P1,P2)} with resolved types and no annotations: enough to find a partial member. */
    String key(UnaryOperator<String> names) {
        List<String> typeVars = JavaText.typeVariableNames(typeParams);
        UnaryOperator<String> scoped = n -> typeVars.contains(n) ? n : names.apply(n);
        return name + "(" + paramList(scoped, false) + ")";
    }

    /** {@code name(P1,P2)} exactly as written, packages stripped: the spelling used in the README's deviation list. */
    String simpleKey() {
        return JavaText.stripPackages(key(UnaryOperator.identity()));
    }

    private String paramList(UnaryOperator<String> names, boolean withAnnotations) {
        List<String> out = new ArrayList<>();
        for (Param p : params) {
            StringBuilder s = new StringBuilder();
            if (withAnnotations) {
                p.annotations().stream().filter(a -> !JavaText.NULLABILITY.contains(a))
                        .forEach(a -> s.append('@').append(a).append(' '));
            }
            out.add(s.append(JavaText.canonicalType(p.type(), names)).toString());
        }
        return String.join(",", out);
    }
}
