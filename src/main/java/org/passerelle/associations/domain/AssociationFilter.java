package org.passerelle.associations.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.base.Sector;
import org.springframework.data.jpa.domain.Specification;

/**
 * The associations list's search, built in the database so that only the matches are loaded.
 *
 * @param normalizedText part of the normalized name (see the service), or of the acronym in lower case;
 *     empty for all
 * @param country a country of origin, or {@code null} for any
 * @param sector a sector, or {@code null} for any
 */
public record AssociationFilter(String normalizedText, String country, Sector sector) {

    public Specification<Association> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (normalizedText != null && !normalizedText.isEmpty()) {
                String pattern = "%" + escapeLike(normalizedText) + "%";
                all.add(cb.or(
                        cb.like(root.get("normalizedName"), pattern, '\\'),
                        cb.like(cb.lower(root.get("acronym")), pattern, '\\')));
            }
            if (country != null) {
                all.add(cb.isMember(country, root.get("countries")));
            }
            if (sector != null) {
                all.add(cb.isMember(sector, root.get("sectors")));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** "100%" must find "100%", not everything: the LIKE wildcards in the text are matched literally. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
