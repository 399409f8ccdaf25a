package org.passerelle.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.base.Countries;
import org.passerelle.base.InvalidInputException;

/** Field rules of a call, checked on the server; limits match the schema and are shown in the form. */
final class CallRules {

    static final int TITLE_MAX = 150;
    static final int TEXT_MAX = 8000;
    static final int MAX_PER_ASSOCIATION_LIMIT = 20;
    static final int CRITERIA_MAX = 20;
    static final int WEIGHT_MAX = 100;
    /** The weights of a call's criteria are shares of the score, in %: together they make 100. */
    static final int WEIGHTS_TOTAL = 100;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private CallRules() {}

    static CallForm clean(CallForm form) {
        String titleEn = text("titleEn", form.titleEn(), TITLE_MAX);
        String titleFr = text("titleFr", form.titleFr(), TITLE_MAX);
        if (titleEn == null && titleFr == null) {
            throw new InvalidInputException("titleEn", "calls.error.title-required");
        }
        if (form.opensOn() == null) {
            throw new InvalidInputException("opensOn", "calls.error.dates-required");
        }
        if (form.closesOn() == null) {
            throw new InvalidInputException("closesOn", "calls.error.dates-required");
        }
        if (form.closesOn().isBefore(form.opensOn())) {
            throw new InvalidInputException("closesOn", "calls.error.dates-order");
        }
        if (form.maxPerAssociation() < 1 || form.maxPerAssociation() > MAX_PER_ASSOCIATION_LIMIT) {
            throw new InvalidInputException("maxPerAssociation", "calls.error.max-range", 1, MAX_PER_ASSOCIATION_LIMIT);
        }
        Set<String> countries = form.countries() == null ? Set.of() : Set.copyOf(form.countries());
        if (!countries.stream().allMatch(Countries::isValid)) {
            throw new InvalidInputException("countries", "calls.error.country-invalid");
        }
        return new CallForm(
                titleEn,
                titleFr,
                text("descriptionEn", form.descriptionEn(), TEXT_MAX),
                text("descriptionFr", form.descriptionFr(), TEXT_MAX),
                text("guidanceEn", form.guidanceEn(), TEXT_MAX),
                text("guidanceFr", form.guidanceFr(), TEXT_MAX),
                form.opensOn(),
                form.closesOn(),
                form.verifiedOnly(),
                countries,
                form.sectors() == null ? Set.of() : Set.copyOf(form.sectors()),
                form.maxPerAssociation(),
                criteria(form.criteria()));
    }

    private static List<Criterion> criteria(List<Criterion> raw) {
        List<Criterion> given = raw == null ? List.of() : raw;
        if (given.size() > CRITERIA_MAX) {
            throw new InvalidInputException("criteria", "calls.error.criteria-too-many", CRITERIA_MAX);
        }
        List<Criterion> clean = new ArrayList<>();
        for (Criterion criterion : given) {
            String nameEn = text("criteria", criterion.nameEn(), TITLE_MAX);
            String nameFr = text("criteria", criterion.nameFr(), TITLE_MAX);
            if (nameEn == null && nameFr == null) {
                throw new InvalidInputException("criteria", "calls.error.criterion-name-required");
            }
            if (criterion.weight() < 1 || criterion.weight() > WEIGHT_MAX) {
                throw new InvalidInputException("criteria", "calls.error.weight-range", 1, WEIGHT_MAX);
            }
            clean.add(new Criterion(nameEn, nameFr, criterion.weight()));
        }
        int total = clean.stream().mapToInt(Criterion::weight).sum();
        if (!clean.isEmpty() && total != WEIGHTS_TOTAL) {
            throw new InvalidInputException("criteria", "calls.error.weights-total", total, WEIGHTS_TOTAL);
        }
        return List.copyOf(clean);
    }

    private static String text(String field, String raw, int max) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "calls.error.too-long", max);
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidInputException(field, "calls.error.control-characters");
        }
        return value;
    }
}
