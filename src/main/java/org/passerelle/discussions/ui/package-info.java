/**
 * The thread panel that space, proposal and session pages embed ({@link
 * org.passerelle.discussions.ui.ThreadPanels} makes them), its message cards and dialogs, and the
 * moderation queue view.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.passerelle.discussions.ui;
