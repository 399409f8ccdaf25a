/** Associations and their memberships as stored; used only inside the associations module. */
package org.passerelle.associations.domain;
