package org.passerelle.bench;

import org.passerelle.PostgresTest;

@PostgresTest
class NotificationsPostgresBenchmark extends NotificationsBenchmarkBase {
    @Override
    String database() {
        return "PostgreSQL";
    }
}
