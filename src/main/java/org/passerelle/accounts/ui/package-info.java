/** The Accounts view for administrators and the Profile view for everyone. */
package org.passerelle.accounts.ui;
