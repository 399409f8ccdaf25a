package org.passerelle.contacts;

import org.passerelle.PostgresTest;

@PostgresTest
class ContactImportPostgresTest extends ContactImportContract {}
