package org.passerelle.documents.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person a view was opened by, so that updates pushed from other threads (extraction workers, uploads) read
 * the documents with that person's rights: those threads carry no security context of their own.
 */
final class Viewer {

    private final Authentication authentication;

    private Viewer(Authentication authentication) {
        this.authentication = authentication;
    }

    /** The person signed in on the current thread (a request of the view's UI). */
    static Viewer current() {
        return new Viewer(SecurityContextHolder.getContext().getAuthentication());
    }

    void run(Runnable work) {
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
