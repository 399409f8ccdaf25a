/** The staff's newsletter views: the list of issues and the editor (compose, preview, send). */
package org.passerelle.newsletter.ui;
