package org.passerelle.spaces;

import java.util.Locale;
import org.passerelle.base.Bilingual;
import org.passerelle.base.Stage;

/**
 * A space as the reader sees it.
 *
 * @param myRole the reader's role in the space, or {@code null} when not a member
 * @param mayContribute whether the reader may contribute now (see {@link AccessPolicy})
 * @param mayManage whether the reader may manage it (staff)
 * @param mayJoin whether the reader may join it with one click
 */
public record SpaceSummary(
        long id,
        String titleEn,
        String titleFr,
        String descriptionEn,
        String descriptionFr,
        Stage stage,
        AccessMode accessMode,
        boolean archived,
        SpaceRole myRole,
        boolean mayContribute,
        boolean mayModerate,
        boolean mayManage,
        boolean mayJoin,
        boolean mayTakePart,
        long version) {

    public Bilingual title(Locale reader) {
        return Bilingual.pick(titleEn, titleFr, reader);
    }

    public Bilingual description(Locale reader) {
        return Bilingual.pick(descriptionEn, descriptionFr, reader);
    }

    public SpaceForm toForm() {
        return new SpaceForm(titleEn, titleFr, descriptionEn, descriptionFr, stage, accessMode);
    }
}
