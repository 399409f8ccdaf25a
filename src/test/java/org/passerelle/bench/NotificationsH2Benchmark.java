package org.passerelle.bench;

import org.passerelle.H2Test;

@H2Test
class NotificationsH2Benchmark extends NotificationsBenchmarkBase {
    @Override
    String database() {
        return "H2";
    }
}
