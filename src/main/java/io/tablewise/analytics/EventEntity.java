package io.tablewise.analytics;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A recorded usage event waiting to be sent (or purged). Only the protocol's fields: no user,
 * no content. The ID is the protocol's ID. Never leaves the events repository.
 */
@Table("EVENT")
public interface EventEntity extends Entity {
    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @Indexed
    Date getRecordedAt();

    void setRecordedAt(Date recordedAt);

    @NotNull
    String getProductVersion();

    void setProductVersion(String productVersion);

    @NotNull
    String getAppVersion();

    void setAppVersion(String appVersion);
}
