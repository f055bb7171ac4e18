package io.tablewise.devhost.host;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * For host interfaces of which the app uses one or two members: a proxy that answers those
 * and fails loudly on anything else, so a new use shows up at once instead of returning junk.
 */
public final class Unsupported {
    private Unsupported() {
    }

    public static <T> T except(Class<T> type, Map<String, Object> answers) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            return switch (method.getName()) {
                case "toString" -> "dev " + type.getSimpleName();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException(
                        type.getSimpleName() + "." + method.getName() + " is not part of the dev host");
            };
        });
        return type.cast(proxy);
    }
}
