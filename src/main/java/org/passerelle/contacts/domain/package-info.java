/** The contacts module's entities and repositories; not used outside the module. */
package org.passerelle.contacts.domain;
