/** The stored audit lines; used only inside the audit module. */
package org.passerelle.audit.domain;
