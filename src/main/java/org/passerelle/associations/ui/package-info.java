/**
 * The associations list with search and filters, an association's page (profile, members, invitations),
 * "My associations" with invitations to answer, and the profile dialog. Views only bind and display:
 * every rule and permission is checked again by the services.
 */
package org.passerelle.associations.ui;
