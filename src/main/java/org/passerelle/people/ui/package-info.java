/** The people views: one's own public profile, and the directory of the expert and speaker pool. */
package org.passerelle.people.ui;
