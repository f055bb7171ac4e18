package io.tablewise.platform;

import io.tablewise.platform.DocType.Mark;
import io.tablewise.platform.DocType.Member;
import io.tablewise.platform.TypeNames.UnresolvedName;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compares one documented type with its compiled stand-in, both ways: nothing missing, nothing undocumented. */
final class StandInChecker {
    private final TypeNames names;
    private final Deviations deviations;
    final Map<String, Integer> counts = new LinkedHashMap<>();

    StandInChecker(TypeNames names, Deviations deviations) {
        this.names = names;
        this.deviations = deviations;
    }

    List<String> check(DocType t) {
        List<String> problems = new ArrayList<>();
        Optional<Class<?>> loaded = TypeNames.load(t.fqn);
        if (loaded.isEmpty()) {
            if (t.required() && !deviations.use(deviations.omittedTypes, t.fqn)) {
                problems.add("no stand-in for documented type " + t.fqn);
            }
            return problems;
        }
        Class<?> c = loaded.get();
        count("types");
        checkKind(t, c, problems);
        checkValues(t, c, problems);
        checkMetas(t, c, problems);
        checkMembers(t, c, problems);
        checkUndocumented(t, c, problems);
        return problems;
    }

    private void checkKind(DocType t, Class<?> c, List<String> problems) {
        String kind = c.isAnnotation() ? "annotation" : c.isInterface() ? "interface" : c.isEnum() ? "enum" : "class";
        if (t.kind != null && !t.kind.equals(kind)) {
            problems.add("kind is " + kind + ", doc says " + t.kind);
        }
        if (t.decl == null) {
            return;
        }
        for (String m : t.decl.modifiers()) {
            if (!has(c.getModifiers(), m)) {
                problems.add("type is not " + m);
            }
        }
        if (kind.equals("class") && Modifier.isFinal(c.getModifiers()) != t.decl.modifiers().contains("final")) {
            problems.add("type final-ness differs from the doc");
        }
        if (t.decl.name() == null) {
            return;
        }
        UnaryOperator<String> scoped = scoped(t.declScope, JavaText.typeVariableNames(t.decl.typeParams()));
        expectEqual(problems, "type parameters", JavaText.canonicalType(t.decl.typeParams(), scoped),
                Reflected.typeParams(c.getTypeParameters()));
        List<String> supers = kind.equals("interface") ? t.decl.extendsTypes() : t.decl.implementsTypes();
        if (!kind.equals("annotation")) {
            expectEqual(problems, "super-interfaces", canonicalSorted(supers, scoped),
                    Arrays.stream(c.getGenericInterfaces()).map(Reflected::type).sorted().toList().toString());
        }
        if (kind.equals("class")) {
            String expected = t.decl.extendsTypes().isEmpty() ? "java.lang.Object"
                    : JavaText.canonicalType(t.decl.extendsTypes().get(0), scoped);
            expectEqual(problems, "superclass", expected, Reflected.type(c.getGenericSuperclass()));
        }
        count("type declarations");
    }

    private void checkValues(DocType t, Class<?> c, List<String> problems) {
        if (t.noPublicConstructors && c.getConstructors().length > 0) {
            problems.add("doc says there is no public constructor");
        }
        if (t.noElements && c.getDeclaredMethods().length > 0) {
            problems.add("doc says the annotation has no elements");
        }
        if (t.serialVersionUid != null) {
            long actual = Serializable.class.isAssignableFrom(c) ? ObjectStreamClass.lookup(c).getSerialVersionUID() : -1;
            expectEqual(problems, "serialVersionUID", t.serialVersionUid.toString(), Long.toString(actual));
        }
        if (t.enumConstants != null) {
            List<String> actual = c.isEnum()
                    ? Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList() : List.of();
            expectEqual(problems, "enum constants", t.enumConstants.toString(), actual.toString());
            count("enum constants", t.enumConstants.size());
        }
        for (DocType.Constant k : t.constants) {
            String expected = names.resolve(k.type(), k.scope()) + " " + k.name() + "=" + k.value();
            Optional<String> actual = constant(c, k.name());
            expectEqual(problems, "constant " + k.name(), expected, actual.orElse("(missing)"));
            count("constants");
        }
    }

    private void checkMetas(DocType t, Class<?> c, List<String> problems) {
        for (DocType.Meta meta : t.metas) {
            boolean absent = meta.text().startsWith("!");
            String text = absent ? meta.text().substring(1) : meta.text();
            String actual = actualMeta(c, text);
            String mark = meta.mark() == Mark.UNVERIFIED ? " [unverified in doc]" : "";
            if (absent && actual != null) {
                problems.add("has " + actual + " but the doc says it has not");
            } else if (!absent && !text.equals(actual)) {
                problems.add("expected " + text + mark + ", found " + (actual == null ? "nothing" : actual));
            }
            count("meta-annotations");
        }
    }

    private void checkMembers(DocType t, Class<?> c, List<String> problems) {
        Map<String, Executable> byCanonical = new LinkedHashMap<>();
        Map<String, Executable> byKey = new LinkedHashMap<>();
        Set<String> simpleKeys = new HashSet<>();
        for (Executable e : visibleMembers(c)) {
            byCanonical.put(Reflected.canonical(e), e);
            byKey.put(Reflected.key(e), e);
            simpleKeys.add(norm(Reflected.simpleKey(e)));
        }
        for (Member m : t.members) {
            String omission = t.fqn + "#" + norm(m.decl().simpleKey());
            if (deviations.use(deviations.omitted, omission)) {
                if (simpleKeys.contains(norm(m.decl().simpleKey()))) {
                    problems.add("README lists " + m.text() + " as omitted, but the stand-in has it");
                }
                continue;
            }
            boolean required = m.mark() != Mark.UNVERIFIED && !m.optional();
            try {
                UnaryOperator<String> resolve = scoped(m.scope(), classTypeVariables(t));
                boolean partial = m.decl().partial() && !isConstructor(t, m);
                Executable found = partial ? byKey.get(m.decl().key(resolve))
                        : byCanonical.get(m.decl().canonical(t.javaSimpleName(), resolve));
                if (found != null) {
                    Set<String> missing = new TreeSet<>(m.decl().nullability());
                    missing.removeAll(Reflected.nullability(found));
                    if (!missing.isEmpty()) {
                        problems.add(m.text() + ": stand-in lacks " + missing);
                    }
                    count(m.mark() == Mark.VERIFIED ? "verified members" : "other members");
                } else if (required) {
                    problems.add("missing or different: " + m.decl().canonical(t.javaSimpleName(), resolve)
                            + candidates(byCanonical.keySet(), m.decl().name()));
                }
            } catch (UnresolvedName e) {
                if (required) {
                    problems.add(m.text() + ": " + e.getMessage());
                }
            }
        }
        for (String name : t.absentMethodNames) {
            if (Arrays.stream(c.getDeclaredMethods()).anyMatch(x -> x.getName().equals(name) && !x.isSynthetic())) {
                problems.add("declares " + name + " but the doc says it does not");
            }
            count("absent members");
        }
        for (String ctor : t.absentConstructors) {
            if (byKey.containsKey(MemberDecl.parse(ctor).key(n -> names.resolve(n, scopeOf(t))))) {
                problems.add("has constructor " + ctor + " but the doc says there is none");
            }
            count("absent members");
        }
    }

    /** Every public member of the stand-in must be in the doc, or be a deviation listed in the README. */
    private void checkUndocumented(DocType t, Class<?> c, List<String> problems) {
        Set<String> documented = new HashSet<>();
        Set<String> documentedKeys = new HashSet<>();
        for (Member m : t.members) {
            try {
                UnaryOperator<String> resolve = scoped(m.scope(), classTypeVariables(t));
                documented.add(m.decl().canonical(t.javaSimpleName(), resolve));
                if (m.decl().partial()) {
                    documentedKeys.add(m.decl().key(resolve));
                }
            } catch (UnresolvedName ignored) {
                // such a member cannot be present in the stand-in with the doc's types anyway
            }
        }
        for (Executable e : declaredMembers(c)) {
            if (documented.contains(Reflected.canonical(e)) || documentedKeys.contains(Reflected.key(e))) {
                continue;
            }
            if (!deviations.use(deviations.extra, t.fqn + "#" + norm(Reflected.simpleKey(e)))) {
                problems.add("not in the doc: " + Reflected.canonical(e));
            }
        }
        Set<String> enumConstants = t.enumConstants == null ? Set.of() : Set.copyOf(t.enumConstants);
        Set<String> documentedConstants = t.constants.stream().map(DocType.Constant::name).collect(Collectors.toSet());
        for (Field f : c.getDeclaredFields()) {
            boolean visible = Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers());
            if (visible && !f.isEnumConstant() && !documentedConstants.contains(f.getName())) {
                problems.add("field not in the doc: " + f.getName());
            } else if (f.isEnumConstant() && !enumConstants.contains(f.getName()) && t.enumConstants != null) {
                problems.add("enum constant not in the doc: " + f.getName());
            }
        }
    }

    /** Declared public/protected methods and constructors, without compiler-made bridges and enum helpers. */
    static List<Executable> declaredMembers(Class<?> c) {
        return Stream.concat(Arrays.stream(c.getDeclaredMethods()), Arrays.stream(c.getDeclaredConstructors()))
                .filter(e -> Modifier.isPublic(e.getModifiers()) || Modifier.isProtected(e.getModifiers()))
                .filter(e -> !e.isSynthetic() && !(e instanceof Method m && m.isBridge()))
                .filter(e -> !(c.isEnum() && isEnumHelper(e)))
                .toList();
    }

    /** Declared members plus, for interfaces, what they inherit (ClusterLock's Lock methods). */
    private static List<Executable> visibleMembers(Class<?> c) {
        List<Executable> out = new ArrayList<>(declaredMembers(c));
        if (c.isInterface()) {
            Arrays.stream(c.getMethods()).filter(m -> m.getDeclaringClass() != c).forEach(out::add);
        }
        return out;
    }

    private static boolean isEnumHelper(Executable e) {
        return e.getName().equals("values") && e.getParameterCount() == 0
                || e.getName().equals("valueOf") && e.getParameterCount() == 1;
    }

    private static boolean isConstructor(DocType t, Member m) {
        return m.decl().name().equals(t.javaSimpleName());
    }

    private static String actualMeta(Class<?> c, String text) {
        String name = text.contains("(") ? text.substring(1, text.indexOf('(')) : text.substring(1);
        return switch (name) {
            case "Retention" -> {
                Retention r = c.getAnnotation(Retention.class);
                yield "@Retention(" + (r == null ? "CLASS" : r.value().name()) + ")";
            }
            case "Target" -> {
                Target target = c.getAnnotation(Target.class);
                yield target == null ? null : "@Target(" + Arrays.stream(target.value()).map(Enum::name).sorted()
                        .collect(Collectors.joining(",")) + ")";
            }
            case "Inherited" -> present(c, Inherited.class);
            case "Documented" -> present(c, Documented.class);
            case "Deprecated" -> present(c, Deprecated.class);
            default -> throw new IllegalArgumentException("unknown meta-annotation " + text);
        };
    }

    private static String present(Class<?> c, Class<? extends Annotation> annotation) {
        return c.isAnnotationPresent(annotation) ? "@" + annotation.getSimpleName() : null;
    }

    private static Optional<String> constant(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            int mods = f.getModifiers();
            if (!Modifier.isPublic(mods) || !Modifier.isStatic(mods) || !Modifier.isFinal(mods)) {
                return Optional.of("(not public static final)");
            }
            return Optional.of(Reflected.constant(f));
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return Optional.empty();
        }
    }

    private UnaryOperator<String> scoped(DocType.Scope scope, List<String> typeVariables) {
        return n -> typeVariables.contains(n) ? n : names.resolve(n, scope);
    }

    private static List<String> classTypeVariables(DocType t) {
        return t.decl == null ? List.of() : JavaText.typeVariableNames(t.decl.typeParams());
    }

    private static DocType.Scope scopeOf(DocType t) {
        return t.members.isEmpty() ? new DocType.Scope(t.packageName, t.packageName, Map.of(), 0)
                : t.members.get(0).scope();
    }

    private static String canonicalSorted(List<String> types, UnaryOperator<String> names) {
        return types.stream().map(x -> JavaText.canonicalType(x, names)).sorted().toList().toString();
    }

    private static String candidates(Set<String> actual, String name) {
        List<String> same = actual.stream().filter(a -> a.matches("(.*[ .])?" + name + "\\(.*")).toList();
        return same.isEmpty() ? " (no member of that name)" : "; stand-in has " + same;
    }

    private static boolean has(int modifiers, String modifier) {
        return switch (modifier) {
            case "public" -> Modifier.isPublic(modifiers);
            case "final" -> Modifier.isFinal(modifiers);
            case "abstract" -> Modifier.isAbstract(modifiers);
            case "static" -> Modifier.isStatic(modifiers);
            default -> false;
        };
    }

    private static void expectEqual(List<String> problems, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": doc says " + expected + ", stand-in has " + actual);
        }
    }

    static String norm(String key) {
        return key.replace(" ", "");
    }

    private void count(String what) {
        count(what, 1);
    }

    private void count(String what, int n) {
        counts.merge(what, n, Integer::sum);
    }
}
