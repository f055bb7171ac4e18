package io.tablewise.config;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One configuration value, shared by every node of a cluster. Never leaves SettingsRepository. */
@Table("SETTING")
public interface SettingEntity extends Entity {
    String SETTING_KEY = "SETTING_KEY";

    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String value);
}
