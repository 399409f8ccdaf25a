package org.passerelle.dashboard;

import org.passerelle.H2Test;

@H2Test
class DashboardQueriesH2Test extends DashboardQueriesContract {}
