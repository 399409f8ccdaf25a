/** The contact list's views: the list with its filters and segments, the contact dialog and the CSV import. */
package org.passerelle.contacts.ui;
