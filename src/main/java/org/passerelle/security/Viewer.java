package org.passerelle.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person a view was opened by, so that work done later on another thread for that view (an update pushed
 * by an extraction worker, a session's live change) runs with that person's rights: those threads carry no
 * security context of their own. The one way the application runs work as someone ({@link RunAs} too).
 */
public final class Viewer {

    private final Authentication authentication;

    Viewer(Authentication authentication) {
        this.authentication = authentication;
    }

    /** The person signed in on the current thread (a request of the view's UI). */
    public static Viewer current() {
        return new Viewer(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Runs the work as this person; the thread's own context is restored afterwards. */
    public void run(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
