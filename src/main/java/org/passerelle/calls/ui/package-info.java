/** The calls list, a call's page and the call dialog (with its criteria editor). */
package org.passerelle.calls.ui;
