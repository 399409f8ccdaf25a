package org.passerelle.base;

import com.vaadin.flow.server.VaadinRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one server round-trip has already worked out for the signed-in person: access answers, a subject as
 * its reader sees it. The sections of one page ask the same questions; this answers each once. Kept for the
 * Vaadin request, or else for the transaction, per person; forgotten at every {@link AuditableEvent} (anything
 * that changes state publishes one) and by {@link #forget()}, so a page refreshed after an action reads anew.
 * Outside both (a background push, a job without transaction) nothing is kept.
 */
@Component
public class RoundTripMemo {

    private static final String KEY = RoundTripMemo.class.getName();

    /** The remembered value, or the computed one (remembered when there is a round-trip to keep it in). */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> compute) {
        Map<Object, Object> mine = mine(true);
        if (mine != null && mine.containsKey(key)) {
            return (T) mine.get(key);
        }
        T value = compute.get();
        if (mine != null) {
            mine.put(key, value);
        }
        return value;
    }

    /** The remembered value, or {@code null}. */
    @SuppressWarnings("unchecked")
    <T> T recall(Object key) {
        Map<Object, Object> mine = mine(false);
        return mine == null ? null : (T) mine.get(key);
    }

    void keep(Object key, Object value) {
        Map<Object, Object> mine = mine(true);
        if (mine != null) {
            mine.put(key, value);
        }
    }

    @EventListener
    void on(AuditableEvent changed) {
        forget();
    }

    public void forget() {
        Map<Object, Map<Object, Object>> all = holder(false);
        if (all != null) {
            all.clear();
        }
    }

    private static Map<Object, Object> mine(boolean create) {
        Map<Object, Map<Object, Object>> all = holder(create);
        if (all == null) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object person = authentication == null ? "" : authentication.getPrincipal();
        return create ? all.computeIfAbsent(person, p -> new HashMap<>()) : all.get(person);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Map<Object, Object>> holder(boolean create) {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            Object held = vaadin.getAttribute(KEY);
            if (held == null && create) {
                held = new HashMap<Object, Map<Object, Object>>();
                vaadin.setAttribute(KEY, held);
            }
            return (Map<Object, Map<Object, Object>>) held;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Object held = TransactionSynchronizationManager.getResource(KEY);
            if (held == null && create) {
                Map<Object, Map<Object, Object>> fresh = new HashMap<>();
                TransactionSynchronizationManager.bindResource(KEY, fresh);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                    }
                });
                held = fresh;
            }
            return (Map<Object, Map<Object, Object>>) held;
        }
        return null;
    }
}
