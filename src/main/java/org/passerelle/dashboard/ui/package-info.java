/** The home page and the pipeline page. */
package org.passerelle.dashboard.ui;
