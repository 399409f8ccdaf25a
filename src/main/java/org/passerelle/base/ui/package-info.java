/** The application shell and the pages every person sees: main layout, home, not allowed, not found. */
package org.passerelle.base.ui;
