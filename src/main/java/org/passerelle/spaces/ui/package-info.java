/** The spaces list, "My spaces" with invitations, the space page with members and audit, the space dialog. */
package org.passerelle.spaces.ui;
