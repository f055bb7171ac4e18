package io.tablewise.devhost.plugin;

import io.tablewise.devhost.plugin.PluginDescriptors.Servlet;
import io.tablewise.devhost.plugin.PluginDescriptors.SpringBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.servlet.http.HttpServlet;
import javax.ws.rs.ext.Provider;
import net.java.ao.RawEntity;
import org.w3c.dom.Document;

/**
 * The plugin as the product would load it: Spring beans from META-INF/spring, REST resources and
 * providers from the descriptor's rest packages, servlets and AO entities from the descriptor.
 */
public final class LoadedPlugin {
    public record MountedServlet(HttpServlet servlet, List<String> urlPatterns) {
    }

    private final PluginContainer container;
    private final Document descriptor;
    private final List<Object> restComponents = new ArrayList<>();
    private final List<MountedServlet> servlets = new ArrayList<>();
    // Destroy methods of started beans, run in reverse order of start, as Spring does.
    private final List<Runnable> destroyers = new ArrayList<>();

    private LoadedPlugin(PluginContainer container, Document descriptor) {
        this.container = container;
        this.descriptor = descriptor;
    }

    /** Loads the plugin into a container already holding the host's services. */
    public static LoadedPlugin load(PluginContainer container, ClassLoader loader) {
        LoadedPlugin plugin = new LoadedPlugin(container, PluginDescriptors.read(loader, "atlassian-plugin.xml"));
        plugin.wireSpringBeans(PluginDescriptors.read(loader, "META-INF/spring/plugin-context.xml"), loader);
        plugin.buildRest(loader);
        plugin.buildServlets(loader);
        return plugin;
    }

    /** Plugin disable: every bean's destroy-method, last started first. Failures are logged, not thrown. */
    public void stop() {
        for (int i = destroyers.size() - 1; i >= 0; i--) {
            try {
                destroyers.get(i).run();
            } catch (RuntimeException e) {
                System.err.println("A destroy-method failed: " + e);
            }
        }
        destroyers.clear();
    }

    public PluginContainer container() {
        return container;
    }

    public List<Object> restComponents() {
        return restComponents;
    }

    public List<MountedServlet> servlets() {
        return servlets;
    }

    public String aoNamespace() {
        return PluginDescriptors.aoNamespace(descriptor);
    }

    @SuppressWarnings("unchecked")
    public Class<? extends RawEntity<?>>[] aoEntities(ClassLoader loader) {
        return PluginDescriptors.aoEntities(descriptor).stream()
                .map(name -> (Class<? extends RawEntity<?>>) load(loader, name))
                .toArray(Class[]::new);
    }

    private void wireSpringBeans(Document spring, ClassLoader loader) {
        for (SpringBean bean : PluginDescriptors.springBeans(spring)) {
            Class<?> type = load(loader, bean.className());
            if (bean.osgiReference()) {
                container.register(bean.id(), container.get(type));
            } else {
                Object instance = container.autowire(type);
                container.register(bean.id(), instance);
                // Spring calls init-method right after the bean is built, before later beans.
                if (!bean.initMethod().isEmpty()) {
                    invoke(instance, bean.initMethod());
                }
                if (!bean.destroyMethod().isEmpty()) {
                    destroyers.add(() -> invoke(instance, bean.destroyMethod()));
                }
            }
        }
    }

    private static void invoke(Object bean, String method) {
        try {
            bean.getClass().getMethod(method).invoke(bean);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(bean.getClass().getName() + "." + method + "() failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The Spring XML names a missing method " + bean.getClass().getName()
                    + "." + method + "()", e);
        }
    }

    private void buildRest(ClassLoader loader) {
        for (String pkg : PluginDescriptors.restPackages(descriptor)) {
            for (String className : classesUnder(loader, pkg)) {
                Class<?> type = load(loader, className);
                if (!type.isInterface() && (type.isAnnotationPresent(javax.ws.rs.Path.class)
                        || type.isAnnotationPresent(Provider.class))) {
                    restComponents.add(container.autowire(type));
                }
            }
        }
    }

    private void buildServlets(ClassLoader loader) {
        for (Servlet servlet : PluginDescriptors.servlets(descriptor)) {
            HttpServlet instance = (HttpServlet) container.autowire(load(loader, servlet.className()));
            servlets.add(new MountedServlet(instance, servlet.urlPatterns()));
        }
    }

    /** Top-level and nested classes of a package in the plugin's own class folder (not tests'). */
    private static List<String> classesUnder(ClassLoader loader, String pkg) {
        try {
            URL root = loader.getResource("atlassian-plugin.xml");
            Path classes = Path.of(root.toURI()).getParent();
            Path dir = classes.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names a missing class: " + name, e);
        }
    }
}
