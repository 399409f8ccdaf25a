package org.passerelle.calls.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class CallCriterion {

    @Column(name = "name_en", length = 150)
    private String nameEn;

    @Column(name = "name_fr", length = 150)
    private String nameFr;

    @Column(nullable = false)
    private int weight;

    protected CallCriterion() {}

    public CallCriterion(String nameEn, String nameFr, int weight) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.weight = weight;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public int getWeight() {
        return weight;
    }
}
