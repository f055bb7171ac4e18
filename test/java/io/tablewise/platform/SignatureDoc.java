package io.tablewise.platform;

import io.tablewise.platform.DocType.Mark;
import io.tablewise.platform.DocType.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SIGNATURES.md. The doc is prose around code spans, so each line shape it uses has its own rule; a
 * [verified] line that no rule understands is reported, so nothing in the doc can be skipped silently.
 */
final class SignatureDoc {
    private static final Pattern LABEL = Pattern.compile("^- \\*\\*(.+?):?\\*\\*:?(.*)$");
    private static final Pattern QUALIFIED = Pattern.compile("^(?:[a-z]\\w*\\.)+[A-Z]\\w*$");
    private static final Pattern PACKAGE = Pattern.compile("^[a-z]\\w*(?:\\.[a-z]\\w*)+$");
    private static final Pattern BOLD_FQN = Pattern.compile("\\*\\*`([\\w.]+)`\\*\\*");
    private static final Pattern CONSTANT = Pattern.compile("^([A-Z][A-Z0-9_]*) = (.+)$");
    private static final Pattern ENUM_LIST = Pattern.compile("^[A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)+$");
    private static final Pattern SAME_META = Pattern.compile("same meta-annotations: \\{([A-Z, ]+)} and ([A-Z]+)");
    private static final Pattern GROUP = Pattern.compile("^- \\[verified] (.+) in `([\\w.]+)` are each:$");
    private static final Pattern META = Pattern.compile("^@(?:Retention\\(.*\\)|Target\\(.*\\)|Inherited|Documented|Deprecated)$");

    private enum Context { OTHER, MEMBERS, CONSTANTS, ENUM_CONSTANTS, SUPPORTING, GROUP, P7 }

    final Map<String, DocType> types = new LinkedHashMap<>();
    final List<String> absentTypes = new ArrayList<>();
    final List<String> unparsed = new ArrayList<>();
    /** Package name to the simple name of an annotation its package-info must carry. */
    final Map<String, String> packageAnnotations = new LinkedHashMap<>();

    private String sectionPackage;
    private DocType current;
    private Map<String, String> uses = new LinkedHashMap<>();
    private final List<DocType> blockTypes = new ArrayList<>();
    private final Map<String, String> siblings = new LinkedHashMap<>();
    private Context context = Context.OTHER;
    private String constantType;
    private String supportingKind;
    private int lineNo;

    static SignatureDoc parse(List<String> lines) {
        SignatureDoc doc = new SignatureDoc();
        boolean started = false;
        for (String line : lines) {
            doc.lineNo++;
            started |= line.startsWith("## 1.");
            if (started) {
                try {
                    doc.line(line);
                } catch (RuntimeException e) {
                    doc.unparsed.add(doc.lineNo + ": " + line + "  (" + e.getMessage() + ")");
                }
            }
        }
        doc.siblings.forEach((sibling, of) -> doc.types.get(sibling).metas.addAll(doc.types.get(of).metas));
        return doc;
    }

    private void line(String line) {
        if (line.startsWith("## ")) {
            List<String> code = DocText.code(line);
            sectionPackage = code.isEmpty() || !PACKAGE.matcher(code.get(0)).matches() ? null : code.get(0);
            heading(null);
            return;
        }
        if (line.startsWith("### ")) {
            String title = line.substring(4).trim();
            if (QUALIFIED.matcher(title).matches()) {
                heading(type(title));
            } else {
                heading(null);
                if (title.contains("does not exist") || title.contains("was found")) {
                    absentTypes.add(DocText.code(title).isEmpty() ? title.split(":")[0] : DocText.code(title).get(0));
                }
            }
            return;
        }
        Mark mark = line.contains("[verified]") ? Mark.VERIFIED : line.contains("[unverified]") ? Mark.UNVERIFIED : null;
        Matcher label = LABEL.matcher(line);
        if (label.matches()) {
            labelled(label.group(1).trim(), label.group(2), line, mark);
            return;
        }
        if (line.isBlank() || line.startsWith("- ")) {
            context = Context.OTHER;
        }
        if (context == Context.GROUP && line.startsWith("  - ")) {
            groupFacts(line);
        } else if (mark != null) {
            marked(line, mark);
        }
    }

    private void heading(DocType type) {
        current = type;
        uses = new LinkedHashMap<>();
        blockTypes.clear();
        if (type != null) {
            blockTypes.add(type);
        }
        context = Context.OTHER;
    }

    private void labelled(String label, String rest, String line, Mark mark) {
        context = Context.OTHER;
        switch (label) {
            case "Kind" -> kind(rest);
            case "uses" -> uses(rest);
            case "Members", "Members declared here", "Meta-annotations" -> context = Context.MEMBERS;
            case "Constants" -> {
                context = Context.CONSTANTS;
                String fragment = DocText.code(rest).get(0);
                constantType = fragment.substring(fragment.lastIndexOf(' ') + 1);
            }
            case "Constants, in declaration order" -> context = Context.ENUM_CONSTANTS;
            case "Supporting types" -> {
                context = Context.SUPPORTING;
                supportingKind = DocText.code(rest).isEmpty() ? null : DocText.code(rest).get(0);
            }
            case "Supporting type" -> {
                Matcher name = DocText.CODE.matcher(rest);
                name.find();
                supportingType(name.group(1), rest.substring(name.end()), mark);
            }
            case "Sibling" -> {
                DocType sibling = type(DocText.code(rest).get(0));
                sibling.kind = current.kind;
                sibling.existence = mark;
                siblings.put(sibling.fqn, current.fqn);
            }
            case "Evidence" -> current.existence = rest.contains("[verified] existence") ? Mark.VERIFIED : Mark.UNMARKED;
            case "P7" -> {
                context = Context.P7;
                optionalMembers(line, mark);
            }
            default -> context = label.startsWith("Members inherited") ? Context.MEMBERS : Context.OTHER;
        }
    }

    private void kind(String rest) {
        current.kind = rest.trim().split("[ ,]")[0];
        List<String> code = DocText.code(rest);
        if (!code.isEmpty() && TypeDecl.looksLikeDecl(code.get(0))) {
            declare(current, TypeDecl.parse(code.get(0)), Mark.VERIFIED);
        }
        current.noPublicConstructors |= rest.contains("no public constructor") || rest.contains("only constructor is private");
        current.noElements |= rest.contains("no elements");
        Matcher uid = Pattern.compile("serialVersionUID = (\\d+)L").matcher(rest);
        if (uid.find()) {
            current.serialVersionUid = Long.parseLong(uid.group(1));
        }
    }

    /** Each entry is a name, optionally followed by a parenthesis that may declare it ("enum `{ A, B }`"). */
    private void uses(String rest) {
        for (String entry : JavaText.splitTopLevel(rest.trim(), ',')) {
            List<String> code = DocText.code(entry);
            if (code.isEmpty()) {
                continue;
            }
            String name = qualify(code.get(0));
            uses.put(name.substring(name.lastIndexOf('.') + 1), name);
            if (!name.startsWith("com.atlassian.")) {
                continue;
            }
            DocType named = type(name);
            if (code.size() > 1 && entry.contains("(")) {
                String decl = code.get(1);
                if (decl.startsWith("{")) {
                    named.kind = "enum";
                    named.enumConstants = TypeDecl.constantList(decl.substring(1, decl.length() - 1));
                } else if (TypeDecl.looksLikeDecl(decl)) {
                    declare(named, TypeDecl.parse(decl), Mark.UNMARKED);
                }
            }
        }
    }

    private void marked(String line, Mark mark) {
        List<String> code = DocText.code(line);
        Matcher bold = BOLD_FQN.matcher(line);
        Matcher group = GROUP.matcher(line);
        Matcher sameMeta = SAME_META.matcher(line);
        boolean sibling = line.contains("existence of `") || current == null && mark == Mark.UNVERIFIED
                && !code.isEmpty() && code.get(0).matches("[A-Z]\\w*");
        if (context == Context.P7) {
            optionalMembers(line, mark);
        } else if (bold.find()) {
            supportingType(bold.group(1), line.substring(bold.end()), mark);
        } else if (group.matches()) {
            group(group);
        } else if (sameMeta.find()) {
            for (DocType t : blockTypes) {
                t.metas.add(new DocType.Meta("@Target(" + DocText.sortedList(sameMeta.group(1)) + ")", mark));
                t.metas.add(new DocType.Meta("@Retention(" + sameMeta.group(2) + ")", mark));
            }
        } else if (sibling) {
            DocType t = type(sectionPackage + "." + code.get(0));
            t.kind = "annotation";
            t.existence = mark;
            blockTypes.add(t);
        } else if (line.contains("package-info")) {
            packageAnnotations.put(code.get(0), code.get(1).substring(1));
        } else if (line.contains("It does not override")) {
            code.stream().filter(c -> c.matches("\\w+")).forEach(current.absentMethodNames::add);
        } else if (line.contains("There is no `(")) {
            current.absentConstructors.add(current.javaSimpleName() + code.get(0));
        } else if (line.contains("It is not `@")) {
            current.metas.add(new DocType.Meta("!" + code.get(0), mark));
        } else if (line.contains("Nested type:")) {
            TypeDecl decl = TypeDecl.parse(code.get(0));
            DocType nested = type(current.packageName + "." + decl.name());
            nested.existence = mark;
            declare(nested, decl, mark);
        } else if (code.isEmpty() || current == null && context != Context.SUPPORTING) {
            if (mark == Mark.VERIFIED && !line.contains("[verified] existence")) {
                unparsed.add(lineNo + ": " + line);
            }
        } else if (context == Context.SUPPORTING) {
            supportingMembers(line, code, mark);
        } else {
            fact(current, code.get(0), mark, line);
        }
    }

    private void group(Matcher group) {
        context = Context.GROUP;
        blockTypes.clear();
        for (String name : DocText.code(group.group(1))) {
            DocType t = type(group.group(2) + "." + name);
            t.kind = "annotation";
            t.existence = Mark.VERIFIED;
            blockTypes.add(t);
        }
    }

    /** A [verified] code span about the current type: meta-annotation, constant, enum list or member. */
    private void fact(DocType type, String text, Mark mark, String line) {
        if (META.matcher(text).matches()) {
            type.metas.add(new DocType.Meta(DocText.meta(text), mark));
        } else if (context == Context.CONSTANTS && CONSTANT.matcher(text).matches()) {
            Matcher c = CONSTANT.matcher(text);
            c.matches();
            type.constants.add(new DocType.Constant(c.group(1), constantType, c.group(2), mark, scope(type)));
        } else if (context == Context.ENUM_CONSTANTS || ENUM_LIST.matcher(text).matches()) {
            type.enumConstants = TypeDecl.constantList(text);
        } else if (text.contains("(")) {
            for (String variant : MemberDecl.expandShorthand(text)) {
                type.members.add(new DocType.Member(variant, MemberDecl.parse(variant), mark, false, scope(type)));
            }
        } else if (mark == Mark.VERIFIED) {
            unparsed.add(lineNo + ": " + line);
        }
    }

    private void supportingType(String name, String rest, Mark mark) {
        DocType type = type(qualify(name));
        type.existence = mark;
        List<String> code = DocText.code(rest);
        TypeDecl decl = TypeDecl.parse(code.get(0));
        declare(type, decl, mark);
        int constructors = rest.indexOf("constructor");
        if (constructors >= 0) {
            for (String c : DocText.code(rest.substring(constructors))) {
                String text = c.startsWith("(") ? type.javaSimpleName() + c : c;
                type.members.add(new DocType.Member(text, MemberDecl.parse(text), mark, false, scope(type)));
            }
        }
    }

    /** "`config.CronScheduleInfo`: `m1`, `m2`" or "`status.JobDetails` (`@Immutable interface`): ...". */
    private void supportingMembers(String line, List<String> code, Mark mark) {
        DocType type = type(qualify(code.get(0)));
        type.existence = mark;
        int colon = line.indexOf("`:") >= 0 ? line.indexOf("`:") : line.indexOf("):");
        String kindText = line.substring(0, colon).contains("(`") ? code.get(1) : supportingKind;
        if (kindText != null) {
            declare(type, TypeDecl.parse(kindText), mark);
        }
        for (String member : DocText.code(line.substring(colon + 2))) {
            fact(type, member, mark, line);
        }
    }

    private void optionalMembers(String line, Mark mark) {
        if (mark != Mark.UNVERIFIED || current == null) {
            return;
        }
        for (String c : DocText.code(line)) {
            if (c.matches(".*\\w\\(.*\\).*")) {
                try {
                    current.members.add(new DocType.Member(c, MemberDecl.parse(c), mark, true, scope(current)));
                } catch (IllegalArgumentException notAMember) {
                    // prose code such as `Integer.valueOf` is not a member of this type
                }
            }
        }
    }

    private void groupFacts(String line) {
        for (DocType t : blockTypes) {
            for (String c : DocText.code(line)) {
                String text = (line.contains("not `" + c + "`") ? "!" : "") + DocText.meta(c);
                t.metas.add(new DocType.Meta(text, Mark.VERIFIED));
            }
            t.noElements |= line.contains("no elements");
        }
    }

    private void declare(DocType type, TypeDecl decl, Mark mark) {
        if (decl.name() != null || type.decl == null) {
            type.decl = decl;
            type.declScope = scope(type);
        }
        type.kind = decl.kind();
        if (decl.constants() != null) {
            type.enumConstants = decl.constants();
        }
        if (mark == Mark.VERIFIED && type.existence == Mark.UNMARKED) {
            type.existence = Mark.VERIFIED;
        }
    }

    private DocType type(String fqn) {
        return types.computeIfAbsent(fqn, f -> new DocType(f, DocText.packageOf(f)));
    }

    /** Names in the doc are absolute, relative to the section ("config.JobId") or to the current type's package. */
    private String qualify(String name) {
        if (Character.isUpperCase(name.charAt(0))) {
            return (current != null ? current.packageName : sectionPackage) + "." + name;
        }
        return name.indexOf('.') == name.lastIndexOf('.') ? sectionPackage + "." + name : name;
    }

    private Scope scope(DocType type) {
        return new Scope(type.packageName, sectionPackage, uses, lineNo);
    }
}
