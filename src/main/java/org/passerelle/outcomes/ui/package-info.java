/** The public outcomes page, {@code /outcomes}, served without sign-in and outside the workspace's shell. */
package org.passerelle.outcomes.ui;
