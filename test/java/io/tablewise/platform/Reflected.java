package io.tablewise.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The compiled stand-ins spelled the way {@link MemberDecl#canonical} spells the doc. */
final class Reflected {
    /** Annotations the doc writes by simple name; any other one is spelled in full and so never matches. */
    private static final Set<String> SIMPLE_ANNOTATIONS = Set.of("java.lang.Deprecated", "javax.annotation.Nonnull",
            "javax.annotation.Nullable", "javax.annotation.CheckForNull");

    private Reflected() {
    }

    static String type(Type type) {
        return JavaText.canonicalType(type.getTypeName().replace('$', '.'), UnaryOperator.identity());
    }

    static String typeParams(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (TypeVariable<?> v : variables) {
            List<Type> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).toList();
            out.add(v.getName() + (bounds.isEmpty() ? ""
                    : " extends " + bounds.stream().map(Type::getTypeName).collect(Collectors.joining("&"))));
        }
        return JavaText.canonicalType("<" + String.join(",", out) + ">", UnaryOperator.identity());
    }

    static String canonical(Executable e) {
        StringBuilder out = new StringBuilder();
        annotations(e.getAnnotations()).stream().filter(a -> !nullability(a)).forEach(a -> out.append(a).append(' '));
        modifiers(e).forEach(m -> out.append(m).append(' '));
        String typeParams = typeParams(e.getTypeParameters());
        if (!typeParams.isEmpty()) {
            out.append(typeParams).append(' ');
        }
        if (e instanceof Method m) {
            out.append(type(m.getGenericReturnType())).append(' ');
        }
        out.append(name(e)).append('(').append(params(e, true)).append(')');
        Type[] exceptions = e.getGenericExceptionTypes();
        if (exceptions.length > 0) {
            out.append(" throws ").append(Arrays.stream(exceptions).map(Reflected::type).sorted()
                    .collect(Collectors.joining(",")));
        }
        return out.toString();
    }

    static String key(Executable e) {
        return name(e) + "(" + params(e, false) + ")";
    }

    static String simpleKey(Executable e) {
        return JavaText.stripPackages(key(e));
    }

    static String constant(Field f) throws IllegalAccessException {
        Object value = f.get(null);
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return type(f.getGenericType()) + " " + f.getName() + "=" + text;
    }

    static String name(Executable e) {
        return e instanceof Constructor<?> c ? c.getDeclaringClass().getSimpleName() : e.getName();
    }

    private static Set<String> modifiers(Executable e) {
        Set<String> out = new TreeSet<>();
        if (Modifier.isStatic(e.getModifiers())) {
            out.add("static");
        }
        if (Modifier.isProtected(e.getModifiers())) {
            out.add("protected");
        }
        if (e instanceof Method m && m.isDefault()) {
            out.add("default");
        }
        return out;
    }

    private static String params(Executable e, boolean withAnnotations) {
        Type[] types = e.getGenericParameterTypes();
        Annotation[][] annotations = e.getParameterAnnotations();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String type = type(types[i]);
            if (e.isVarArgs() && i == types.length - 1) {
                type = type.substring(0, type.length() - 2) + "...";
            }
            String prefix = withAnnotations ? annotations(annotations[i]).stream().filter(a -> !nullability(a))
                    .map(a -> a + " ").collect(Collectors.joining()) : "";
            out.add(prefix + type);
        }
        return String.join(",", out);
    }

    /** Same spelling as {@link MemberDecl#nullability()}. */
    static Set<String> nullability(Executable e) {
        Set<String> out = new TreeSet<>();
        annotations(e.getAnnotations()).stream().filter(Reflected::nullability).forEach(a -> out.add("return " + a));
        Annotation[][] params = e.getParameterAnnotations();
        for (int i = 0; i < params.length; i++) {
            int position = i;
            annotations(params[i]).stream().filter(Reflected::nullability).forEach(a -> out.add(position + " " + a));
        }
        return out;
    }

    private static boolean nullability(String annotation) {
        return JavaText.NULLABILITY.contains(annotation.substring(1));
    }

    private static Set<String> annotations(Annotation[] annotations) {
        Set<String> out = new TreeSet<>();
        for (Annotation a : annotations) {
            String name = a.annotationType().getName();
            out.add("@" + (SIMPLE_ANNOTATIONS.contains(name) ? a.annotationType().getSimpleName() : name));
        }
        return out;
    }
}
