/** Spaces, members and invitations as stored; used only inside the spaces module. */
package org.passerelle.spaces.domain;
