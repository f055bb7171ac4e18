package io.tablewise.devhost.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the plugin framework does for us in a product, in miniature: objects are built by
 * constructor autowiring from host services and the plugin's own beans, by type. Reading the
 * real Spring XML and descriptor through this proves their wiring is complete.
 */
public final class PluginContainer {
    private final Map<String, Object> beans = new LinkedHashMap<>();

    public void register(String id, Object bean) {
        beans.put(id, bean);
    }

    public <T> Optional<T> find(Class<T> type) {
        List<Object> matches = beans.values().stream().filter(type::isInstance).toList();
        if (matches.size() > 1) {
            throw new IllegalStateException("More than one bean of type " + type.getName());
        }
        return matches.stream().findFirst().map(type::cast);
    }

    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No bean of type " + type.getName()));
    }

    public Object bean(String id) {
        Object bean = beans.get(id);
        if (bean == null) {
            throw new IllegalStateException("No bean " + id);
        }
        return bean;
    }

    /** Builds an instance with the greediest public constructor whose parameters all resolve. */
    public <T> T autowire(Class<T> type) {
        Constructor<?>[] constructors = type.getConstructors();
        Arrays.sort(constructors, Comparator.comparingInt(Constructor<?>::getParameterCount).reversed());
        List<String> missing = new ArrayList<>();
        for (Constructor<?> constructor : constructors) {
            Object[] args = new Object[constructor.getParameterCount()];
            boolean complete = true;
            for (int i = 0; i < args.length; i++) {
                Class<?> parameterType = constructor.getParameterTypes()[i];
                Optional<?> arg = find(parameterType);
                if (arg.isEmpty()) {
                    missing.add(parameterType.getName());
                    complete = false;
                    break;
                }
                args[i] = arg.get();
            }
            if (complete) {
                return type.cast(instantiate(constructor, args));
            }
        }
        throw new IllegalStateException("Cannot autowire " + type.getName() + ": nothing provides " + missing);
    }

    private static Object instantiate(Constructor<?> constructor, Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructing " + constructor.getDeclaringClass().getName() + " failed",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
