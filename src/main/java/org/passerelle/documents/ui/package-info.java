/** The documents panel that owner pages embed (list, upload, live states) and the document page. */
package org.passerelle.documents.ui;
