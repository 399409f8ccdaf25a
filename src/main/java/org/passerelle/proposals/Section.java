package org.passerelle.proposals;

/**
 * The sections of the proposal template, in reading order. Long sections are Markdown; limits are
 * checked on the server and shown in the editor.
 */
public enum Section {
    TITLE(true, false, 200),
    SUMMARY(true, false, 1500),
    PROBLEM(true, true, 20_000),
    OBJECTIVES(true, true, 20_000),
    ACTIVITIES(true, true, 20_000),
    BENEFICIARIES(true, true, 20_000),
    COUNTRY_REGION(true, false, 200),
    SECTORS(true, false, 1000),
    BUDGET(true, true, 20_000),
    TIMELINE(true, true, 20_000),
    PARTNERS(false, true, 20_000),
    DIASPORA_CONTRIBUTION(true, true, 20_000),
    EXPECTED_IMPACT(true, true, 20_000),
    SUSTAINABILITY(true, true, 20_000),
    RISKS(false, true, 20_000);

    private final boolean required;
    private final boolean markdown;
    private final int maxLength;

    Section(boolean required, boolean markdown, int maxLength) {
        this.required = required;
        this.markdown = markdown;
        this.maxLength = maxLength;
    }

    /** Required before submission (the readiness checklist). */
    public boolean required() {
        return required;
    }

    public boolean markdown() {
        return markdown;
    }

    public int maxLength() {
        return maxLength;
    }

    public String messageKey() {
        return "proposals.section." + name();
    }
}
