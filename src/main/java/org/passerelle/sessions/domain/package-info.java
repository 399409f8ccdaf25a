/** Sessions as stored; used only inside the sessions module. */
package org.passerelle.sessions.domain;
