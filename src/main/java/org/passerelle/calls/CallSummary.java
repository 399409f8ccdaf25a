package org.passerelle.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passerelle.base.Bilingual;
import org.passerelle.base.Sector;

/** A call as readers see it. */
public record CallSummary(
        long id,
        long spaceId,
        CallForm form,
        CallState state,
        boolean acceptsSubmissions,
        boolean mayManage,
        long version) {

    public Bilingual title(Locale reader) {
        return Bilingual.pick(form.titleEn(), form.titleFr(), reader);
    }

    public Bilingual description(Locale reader) {
        return Bilingual.pick(form.descriptionEn(), form.descriptionFr(), reader);
    }

    public Bilingual guidance(Locale reader) {
        return Bilingual.pick(form.guidanceEn(), form.guidanceFr(), reader);
    }

    public LocalDate opensOn() {
        return form.opensOn();
    }

    public LocalDate closesOn() {
        return form.closesOn();
    }

    public Set<String> countries() {
        return form.countries();
    }

    public Set<Sector> sectors() {
        return form.sectors();
    }

    public List<Criterion> criteria() {
        return form.criteria();
    }
}
