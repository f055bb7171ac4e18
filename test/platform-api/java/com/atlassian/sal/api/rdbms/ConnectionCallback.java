package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
