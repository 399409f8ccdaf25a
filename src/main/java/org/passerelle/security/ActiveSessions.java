package org.passerelle.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open HTTP sessions of each account, so that disabling an account (or taking a role away) ends the
 * sessions where it is signed in. Sessions register at sign-in and leave when they end.
 */
@Component
public class ActiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<Long, Set<HttpSession>> sessionsByAccount = new ConcurrentHashMap<>();

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInPerson person)) {
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            register(person.accountId(), attributes.getRequest().getSession(true));
        }
    }

    /** Remembers that this session belongs to the account. */
    public void register(long accountId, HttpSession session) {
        sessionsByAccount
                .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                .add(session);
    }

    /** Invalidates every open session of the account; returns how many were ended. */
    public int endSessionsOf(long accountId) {
        Set<HttpSession> sessions = sessionsByAccount.remove(accountId);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: nothing to do
            }
        }
        return ended;
    }

    /** How many sessions of the account are known to be open. */
    public int countOf(long accountId) {
        return sessionsByAccount.getOrDefault(accountId, Set.of()).size();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessionsByAccount.values().forEach(sessions -> sessions.remove(event.getSession()));
        sessionsByAccount.values().removeIf(Set::isEmpty);
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        // the same HttpSession object keeps its registration when its id changes at sign-in
    }
}
