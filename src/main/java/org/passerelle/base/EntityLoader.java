package org.passerelle.base;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;
import org.springframework.stereotype.Component;

/**
 * Loads entities by id, taking those the transaction already holds from it and the others in one query. Access
 * questions are asked about objects that the asking service has usually just loaded; a repository's
 * {@code findAllById} would read them again.
 */
@Component
public class EntityLoader {

    private final EntityManager entities;

    EntityLoader(EntityManager entities) {
        this.entities = entities;
    }

    /** The entities found with these ids (missing ones left out), in no particular order. */
    public <E> List<E> byIds(Class<E> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() == 1) { // the common question about one subject: a plain load by id
            E found = entities.find(type, ids.iterator().next());
            return found == null ? List.of() : List.of(found);
        }
        List<E> found =
                entities.unwrap(Session.class).findMultiple(type, new ArrayList<>(ids), SessionCheckMode.ENABLED);
        return found.stream().filter(Objects::nonNull).toList();
    }
}
