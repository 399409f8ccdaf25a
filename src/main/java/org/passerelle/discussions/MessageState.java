package org.passerelle.discussions;

/** How a message shows in its thread. */
public enum MessageState {
    VISIBLE,
    /** Deleted by its author: "message removed". */
    REMOVED,
    /** Hidden by a moderator, with a reason. */
    HIDDEN,
    /** Reported by enough people: hidden until a moderator reviews it. */
    UNDER_REVIEW
}
