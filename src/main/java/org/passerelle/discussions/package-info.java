/**
 * Discussions: threads on a subject (a space, a submitted proposal, a co-creation session) with Markdown
 * messages rendered inert, one level of replies, @mentions of space members, reactions, edits with
 * history and deletion by the author; live for everyone who has the thread open ({@link
 * org.passerelle.discussions.ThreadUpdates}, fed after commit); unread marks per person; and moderation
 * by the space's facilitators: reports and their queue, hide/restore, lock, pin, suspensions, automatic
 * hiding after enough reports, rate limiting, everything audited. Who may read and post is the subject's
 * module's answer through the access contract ({@code base.SubjectAccess}: READ_THREAD, POST_IN_THREAD);
 * the space, proposal and session pages get the thread as a page section ({@code discussions.ui.ThreadSections}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussions")
package org.passerelle.discussions;
