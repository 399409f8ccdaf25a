package org.passerelle.sessions;

import org.passerelle.PostgresTest;

@PostgresTest
class InvitedAuthorsPostgresTest extends InvitedAuthorsContract {}
