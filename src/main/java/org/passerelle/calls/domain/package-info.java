/** Calls as stored; used only inside the calls module. */
package org.passerelle.calls.domain;
