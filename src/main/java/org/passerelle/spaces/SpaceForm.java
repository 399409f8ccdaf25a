package org.passerelle.spaces;

import org.passerelle.base.Stage;

/** What staff enter to create or edit a space. Either title may be empty, not both. */
public record SpaceForm(
        String titleEn,
        String titleFr,
        String descriptionEn,
        String descriptionFr,
        Stage stage,
        AccessMode accessMode) {}
