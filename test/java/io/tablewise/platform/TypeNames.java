package io.tablewise.platform;

import io.tablewise.platform.DocType.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the doc's simple names into fully qualified ones: the section's uses: line first, then the owner's own
 * package, then another type the doc lists, then the JDK packages the doc leaves unqualified.
 */
final class TypeNames {
    private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.util", "java.util.concurrent",
            "java.util.concurrent.locks", "java.io", "java.net", "java.nio.file", "java.security", "java.sql");

    private static final Set<String> PRIMITIVES =
            Set.of("void", "boolean", "byte", "short", "char", "int", "long", "float", "double");

    private final Map<String, DocType> docTypes;

    TypeNames(Map<String, DocType> docTypes) {
        this.docTypes = docTypes;
    }

    static final class UnresolvedName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnresolvedName(String name) {
            super("cannot resolve type name '" + name + "'");
        }
    }

    UnaryOperator<String> in(Scope scope) {
        return name -> resolve(name, scope);
    }

    String resolve(String name, Scope scope) {
        if (PRIMITIVES.contains(name)) {
            return name;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && Character.isUpperCase(name.charAt(0))) {
            return resolve(name.substring(0, dot), scope) + name.substring(dot);
        }
        if (dot > 0) {
            if (known(name)) {
                return name;
            }
            throw new UnresolvedName(name);
        }
        String used = scope.uses().get(name);
        if (used != null) {
            return used;
        }
        String sibling = scope.ownerPackage() + "." + name;
        if (known(sibling)) {
            return sibling;
        }
        List<String> listed = docTypes.keySet().stream().filter(f -> f.endsWith("." + name)).toList();
        if (listed.size() == 1) {
            return listed.get(0);
        }
        return JDK_PACKAGES.stream().map(p -> p + "." + name).filter(f -> load(f).isPresent()).findFirst()
                .orElseThrow(() -> new UnresolvedName(name));
    }

    private boolean known(String fqn) {
        return docTypes.containsKey(fqn) || load(fqn).isPresent();
    }

    /** Loads a class by its canonical name, trying '$' for nested types (a.b.Outer.Inner is a.b.Outer$Inner). */
    static Optional<Class<?>> load(String canonical) {
        String name = canonical;
        while (true) {
            try {
                return Optional.of(Class.forName(name, false, TypeNames.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !Character.isUpperCase(name.charAt(name.lastIndexOf('.', dot - 1) + 1))) {
                    return Optional.empty();
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
    }
}
