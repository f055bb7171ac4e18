package io.tablewise.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers for the doc's Markdown: code spans, meta-annotation spellings, package names. */
final class DocText {
    static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private DocText() {
    }

    static String packageOf(String fqn) {
        StringBuilder pkg = new StringBuilder();
        for (String part : fqn.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    /** "@Target({ElementType.TYPE, METHOD})" becomes "@Target(METHOD,TYPE)"; "@Retention(RetentionPolicy.X)" "@Retention(X)". */
    static String meta(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return text.trim();
        }
        String args = text.substring(open + 1, text.lastIndexOf(')')).replaceAll("[{}]", "")
                .replace("ElementType.", "").replace("RetentionPolicy.", "");
        return text.substring(0, open) + "(" + sortedList(args) + ")";
    }

    static String sortedList(String text) {
        return String.join(",", TypeDecl.constantList(text).stream().sorted().toList());
    }

    static List<String> code(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
