package io.tablewise.devhost;

import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.sal.api.license.LicenseHandler;
import io.tablewise.devhost.analytics.DevAnalytics;
import io.tablewise.devhost.db.ConnectionPool;
import io.tablewise.devhost.db.PooledDataSource;
import io.tablewise.devhost.host.DevActiveObjects;
import io.tablewise.devhost.host.DevApplicationProperties;
import io.tablewise.devhost.host.DevClusterLockService;
import io.tablewise.devhost.host.DevLoginUriProvider;
import io.tablewise.devhost.host.DevPageBuilderService;
import io.tablewise.devhost.host.DevPluginSettingsFactory;
import io.tablewise.devhost.host.DevSchedulerService;
import io.tablewise.devhost.host.DevTransactionalExecutorFactory;
import io.tablewise.devhost.host.DevUserManager;
import io.tablewise.devhost.host.DevWebSudoManager;
import io.tablewise.devhost.host.FaultInjection;
import io.tablewise.devhost.host.Unsupported;
import io.tablewise.devhost.plugin.LoadedPlugin;
import io.tablewise.devhost.plugin.PluginContainer;
import io.tablewise.devhost.sample.SampleDatabase;
import io.tablewise.devhost.web.AuthFilter;
import io.tablewise.devhost.web.DevControlServlet;
import io.tablewise.devhost.web.DecoratorFilter;
import io.tablewise.devhost.web.I18nBundle;
import io.tablewise.devhost.web.LoginServlet;
import io.tablewise.devhost.web.StaticResourceServlet;
import io.tablewise.devhost.web.WebResourceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.Map;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServletResponse;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Tablewise without Jira: the plugin's own descriptor, Spring wiring, REST resources, servlet and
 * front end on Jetty + Jersey, over the real ActiveObjects ORM and a seeded sample database.
 */
public final class DevHost implements AutoCloseable {
    public static final String SERVER_ID = "BDEV-TBLW-2990-0001";

    private final Server server;
    private final ConnectionPool pool;
    private final DevSchedulerService scheduler;
    private final EntityManager entityManager;
    private final LoadedPlugin plugin;

    private DevHost(Server server, ConnectionPool pool, DevSchedulerService scheduler, EntityManager entityManager,
            LoadedPlugin plugin) {
        this.server = server;
        this.pool = pool;
        this.scheduler = scheduler;
        this.entityManager = entityManager;
        this.plugin = plugin;
    }

    public static void main(String[] args) throws Exception {
        DevHostConfig config = DevHostConfig.fromEnvironment();
        System.out.println("Tablewise dev host: preparing the sample database (" + config.sample().issues()
                + " issues) on " + (config.database().isPostgres() ? "PostgreSQL" : "H2") + " ...");
        DevHost host = start(config);
        String url = "http://localhost:" + host.port() + "/plugins/servlet/tablewise/admin";
        System.out.println();
        System.out.println("  Tablewise dev host is running: " + url);
        System.out.println("  REST API: http://localhost:" + host.port() + "/rest/tablewise/1.0/tables");
        System.out.println("  Log in as admin / admin (system administrator), appadmin / appadmin"
                + " (administrator), or user / user (no admin rights).");
        System.out.println("  Stop with Ctrl+C.");
        Runtime.getRuntime().addShutdownHook(new Thread(host::close));
        host.server.join();
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        Files.createDirectories(config.homeDir());
        try (Connection connection = config.database().connect()) {
            String summary = SampleDatabase.ensureSeeded(connection, config.sample()).toString();
            System.out.println("Sample database: " + summary);
        }
        ConnectionPool pool = new ConnectionPool(config.database(), 8);
        if (config.devMode()) {
            // The products' own switch for development mode.
            System.setProperty("atlassian.dev.mode", "true");
            // Analytics to the reference receiver: its test key, and trust in its certificate.
            DevAnalytics.configure(config.homeDir(), System.getenv("TABLEWISE_ANALYTICS_CA"));
        }
        int port = config.port() == 0 ? freePort() : config.port();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        PluginContainer container = new PluginContainer();
        // TABLEWISE_SCHEDULER=manual: jobs run only when asked (POST /devhost/jobs/{id}/run).
        DevSchedulerService scheduler =
                new DevSchedulerService(!"manual".equalsIgnoreCase(System.getenv("TABLEWISE_SCHEDULER")));
        FaultInjection faults = new FaultInjection();
        DevPageBuilderService pageBuilder = new DevPageBuilderService();
        String schema = schemaOf(pool);
        ClassLoader loader = DevHost.class.getClassLoader();
        container.register("userManager", new DevUserManager());
        container.register("loginUriProvider", new DevLoginUriProvider(""));
        container.register("webSudoManager", new DevWebSudoManager());
        container.register("applicationProperties",
                new DevApplicationProperties("http://localhost:" + port, config.confluence(), config.homeDir()));
        container.register("licenseHandler", Unsupported.except(LicenseHandler.class, Map.of("getServerId", SERVER_ID)));
        container.register("transactionalExecutorFactory", new DevTransactionalExecutorFactory(pool, schema));
        container.register("pageBuilderService", pageBuilder);
        container.register("schedulerService", scheduler);
        container.register("clusterLockService", new DevClusterLockService());
        container.register("pluginSettingsFactory", new DevPluginSettingsFactory());

        EntityManager entityManager = entityManager(config, "tablewise", schema);
        container.register("activeObjects", faults.wrap(new DevActiveObjects(entityManager,
                config.database().isPostgres() ? DatabaseType.POSTGRESQL : DatabaseType.H2)));
        LoadedPlugin plugin = LoadedPlugin.load(container, loader);
        entityManager.migrate(plugin.aoEntities(loader));

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new AuthFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        ResourceConfig rest = new ResourceConfig();
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rest.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        plugin.restComponents().forEach(rest::register);
        context.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/tablewise/1.0/*");
        DecoratorFilter decorator = new DecoratorFilter(pageBuilder, () -> webResources(config),
                I18nBundle.asJson(loader), config.confluence() ? "Confluence" : "Jira");
        for (LoadedPlugin.MountedServlet servlet : plugin.servlets()) {
            for (String pattern : servlet.urlPatterns()) {
                context.addServlet(new ServletHolder(servlet.servlet()), "/plugins/servlet" + pattern);
                context.addFilter(new FilterHolder(decorator), "/plugins/servlet" + pattern,
                        EnumSet.of(DispatcherType.REQUEST));
            }
        }
        context.addServlet(new ServletHolder(new DevControlServlet(scheduler, faults)), "/devhost/*");
        LoginServlet login = new LoginServlet();
        context.addServlet(new ServletHolder(login), "/login");
        context.addServlet(new ServletHolder(login), "/logout");
        context.addServlet(new ServletHolder(new StaticResourceServlet(config.frontendDir())),
                "/download/resources/*");
        context.addServlet(new ServletHolder(new javax.servlet.http.HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(javax.servlet.http.HttpServletRequest req, HttpServletResponse resp)
                    throws IOException {
                if ("/".equals(req.getRequestURI())) {
                    resp.sendRedirect("/plugins/servlet/tablewise/admin");
                } else {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }), "/");
        server.setHandler(context.get());
        server.start();
        return new DevHost(server, pool, scheduler, entityManager, plugin);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public DevSchedulerService scheduler() {
        return scheduler;
    }

    public PluginContainer container() {
        return plugin.container();
    }

    private static WebResourceIndex webResources(DevHostConfig config) {
        try {
            return WebResourceIndex.read("io.tablewise.exporter",
                    config.frontendDir().resolve("META-INF/plugin-descriptors"));
        } catch (IOException e) {
            throw new UncheckedIOException("The front end is not built; run the build first", e);
        }
    }

    /**
     * AO as the product configures it for one plugin: its schema, its prefix, (as the product's
     * prefixed schema configuration does) hands off every table it does not own, and a pooled
     * data source (see PooledDataSource).
     */
    private static EntityManager entityManager(DevHostConfig config, String namespace, String schema) {
        String prefix = "AO_" + AoPrefix.hashOf(namespace) + "_";
        PooledDataSource dataSource = new PooledDataSource(new ConnectionPool(config.database(), 4));
        DatabaseProvider provider = config.database().isPostgres() ? new PostgreSQLDatabaseProvider(dataSource, schema)
                : new H2DatabaseProvider(dataSource, schema);
        NameConverters names = new SimpleNameConverters(new AtlassianTableNameConverter(name -> prefix + name),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration ownTablesOnly = (table, caseSensitive) -> caseSensitive
                ? table.startsWith(prefix) : table.toUpperCase(java.util.Locale.ROOT).startsWith(prefix);
        return new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return ownTablesOnly;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        });
    }

    /** Tests ask for port 0; the base URL must name the real port before Jetty starts. */
    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String schemaOf(ConnectionPool pool) throws java.sql.SQLException {
        Connection connection = pool.borrow();
        try {
            return connection.getSchema();
        } finally {
            pool.giveBack(connection);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Shutting down: nothing to do about a failing stop.
        }
        plugin.stop();
        scheduler.close();
        pool.close();
        // AO's own pool: tests start many hosts against one PostgreSQL server.
        entityManager.getProvider().dispose();
    }
}
