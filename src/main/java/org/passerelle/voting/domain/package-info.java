/** Ballots, their criteria, electors, votes and anonymous reasons, with their repositories (voting module only). */
package org.passerelle.voting.domain;
