package io.tablewise.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the reference doc says about one com.atlassian type. Nested types use '.' (Schedule.Type). */
final class DocType {
    /** A fact's mark in the doc: [verified], [unverified], or none (e.g. facts in a uses: line). */
    enum Mark { VERIFIED, UNVERIFIED, UNMARKED }

    /** Where a fact was read, so that names resolve as the doc means them. */
    record Scope(String ownerPackage, String sectionPackage, Map<String, String> uses, int line) {
    }

    record Member(String text, MemberDecl decl, Mark mark, boolean optional, Scope scope) {
    }

    record Constant(String name, String type, String value, Mark mark, Scope scope) {
    }

    /** A meta-annotation fact: "@Retention(RUNTIME)", "@Target(METHOD,TYPE)", "@Inherited"; absent ones start with '!'. */
    record Meta(String text, Mark mark) {
    }

    final String fqn;
    final String packageName;
    final String simpleName;
    Mark existence = Mark.UNMARKED;
    String kind;
    TypeDecl decl;
    Scope declScope;
    boolean noPublicConstructors;
    boolean noElements;
    Long serialVersionUid;
    List<String> enumConstants;
    final List<Member> members = new ArrayList<>();
    final List<Constant> constants = new ArrayList<>();
    final Set<Meta> metas = new LinkedHashSet<>();
    final Set<String> absentMethodNames = new LinkedHashSet<>();
    final Set<String> absentConstructors = new LinkedHashSet<>();

    DocType(String fqn, String packageName) {
        this.fqn = fqn;
        this.packageName = packageName;
        this.simpleName = fqn.substring(packageName.length() + 1);
    }

    /** Simple name as javac sees it: the last segment, also for nested types. */
    String javaSimpleName() {
        return simpleName.substring(simpleName.lastIndexOf('.') + 1);
    }

    boolean required() {
        return existence != Mark.UNVERIFIED;
    }
}
