package org.passerelle.base;

/** Development sectors shared by associations, people's expertise, calls and proposals. */
public enum Sector {
    HEALTH,
    EDUCATION_TVET,
    RURAL_DEVELOPMENT,
    AGRICULTURE_FOOD,
    ENTREPRENEURSHIP_INVESTMENT,
    REMITTANCES,
    WOMENS_EMPOWERMENT,
    YOUTH,
    CULTURE,
    HUMANITARIAN_RELIEF,
    ENVIRONMENT_CLIMATE,
    WATER_SANITATION,
    DIGITAL,
    GOVERNANCE_CIVIC,
    OTHER;

    /** The message-bundle key of the sector's name. */
    public String messageKey() {
        return "sector." + name();
    }
}
