package io.tablewise.devhost.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Failure injection for tests, at the host's boundary rather than in the app's code: armed, the
 * next deletion of analytics event rows by ID (the send job's delete after a 2xx) kills the JVM
 * on the spot, as a node crash between the collector's acknowledgement and the local delete.
 */
public final class FaultInjection {
    /** The exit status of an injected crash, so a test can tell it from any other death. */
    public static final int CRASH_EXIT_STATUS = 86;
    private static final String EVENT_ENTITY = "io.tablewise.analytics.EventEntity";

    private final AtomicBoolean crashBeforeEventDelete = new AtomicBoolean();

    public void armCrashBeforeEventDelete() {
        crashBeforeEventDelete.set(true);
    }

    /** The host's ActiveObjects, with the faults above. */
    public ActiveObjects wrap(ActiveObjects delegate) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (method.getName().equals("deleteWithSQL") && isEventDeleteById(args)
                            && crashBeforeEventDelete.get()) {
                        System.err.println("FaultInjection: crashing before deleting acknowledged events");
                        System.err.flush();
                        Runtime.getRuntime().halt(CRASH_EXIT_STATUS);
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isEventDeleteById(Object[] args) {
        return args != null && args.length >= 2 && args[0] instanceof Class<?> type
                && type.getName().equals(EVENT_ENTITY) && String.valueOf(args[1]).startsWith("ID IN");
    }
}
