package org.passerelle.discussions;

import org.passerelle.PostgresTest;

@PostgresTest
class DiscussionsPostgresTest extends DiscussionsContract {}
