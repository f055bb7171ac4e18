package io.tablewise.analytics;

import com.atlassian.sal.api.license.LicenseHandler;
import io.tablewise.about.AppInfo;
import io.tablewise.config.SettingsRepository;
import io.tablewise.devhost.host.DevApplicationProperties;
import io.tablewise.devhost.host.DevClusterLockService;
import io.tablewise.devhost.host.Unsupported;
import io.tablewise.support.AoDatabase;
import java.nio.file.Path;
import java.util.Map;

/** The analytics beans over one test database, wired as plugin-context.xml wires them. */
final class AnalyticsParts {
    static final String SERVER_ID = "BTST-ANLY-0000-0001";

    final SettingsRepository settings;
    final AnalyticsSettingsStore store;
    final EventRepository events;
    final AnalyticsInstance instance;
    final DevClusterLockService locks = new DevClusterLockService();
    final EventWriter writer;

    AnalyticsParts(AoDatabase db) {
        settings = new SettingsRepository(db.ao);
        store = new AnalyticsSettingsStore(settings);
        events = new EventRepository(db.ao);
        AppInfo appInfo = new AppInfo(new DevApplicationProperties("http://localhost", false, Path.of("target")));
        instance = new AnalyticsInstance(appInfo,
                Unsupported.except(LicenseHandler.class, Map.of("getServerId", SERVER_ID)));
        writer = new EventWriter(events, store, locks, instance);
    }

    TenantId tenant() {
        return TenantId.of(SERVER_ID);
    }
}
