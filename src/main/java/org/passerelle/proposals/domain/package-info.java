/** Proposals, versions and transitions as stored; used only inside the proposals module. */
package org.passerelle.proposals.domain;
