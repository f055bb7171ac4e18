package io.tablewise.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Optional;
import net.java.ao.DBParam;

/** The only class touching SettingEntity: plain string values under string keys. */
public class SettingsRepository {
    private final ActiveObjects ao;

    public SettingsRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<String> get(String key) {
        SettingEntity[] found = ao.find(SettingEntity.class, SettingEntity.SETTING_KEY + " = ?", key);
        return found.length == 0 ? Optional.empty() : Optional.ofNullable(found[0].getSettingValue());
    }

    public void put(String key, String value) {
        ao.executeInTransaction(() -> {
            SettingEntity[] found = ao.find(SettingEntity.class, SettingEntity.SETTING_KEY + " = ?", key);
            if (found.length == 0) {
                // The unique key makes a concurrent first write on another node fail, not duplicate.
                ao.create(SettingEntity.class, new DBParam(SettingEntity.SETTING_KEY, key),
                        new DBParam("SETTING_VALUE", value));
            } else {
                found[0].setSettingValue(value);
                found[0].save();
            }
            return null;
        });
    }

    /** Purge: every setting of every feature; returns how many went. */
    public int deleteAll() {
        return ao.deleteWithSQL(SettingEntity.class, "ID > ?", 0);
    }
}
