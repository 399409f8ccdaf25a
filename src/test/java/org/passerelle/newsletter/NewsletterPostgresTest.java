package org.passerelle.newsletter;

import org.passerelle.PostgresTest;

@PostgresTest
class NewsletterPostgresTest extends NewsletterContract {}
