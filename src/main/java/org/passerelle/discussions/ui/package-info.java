/**
 * The thread panel, its message cards and dialogs, and the moderation queue view. Space, proposal and session
 * pages get their thread as a {@link org.passerelle.base.ui.PageSection} ({@link
 * org.passerelle.discussions.ui.ThreadSections}); no other module imports this package.
 */
package org.passerelle.discussions.ui;
