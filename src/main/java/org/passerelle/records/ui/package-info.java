/** The export buttons on the call and proposal pages, added as page sections. */
package org.passerelle.records.ui;
