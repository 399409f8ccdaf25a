/** The audit log view: filters, a lazily paged grid and a CSV download, for administrators and staff. */
package org.passerelle.audit.ui;
