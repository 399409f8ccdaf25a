package org.passerelle.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A criterion of the call copied at opening, and its score sums once the ballot closed. */
@Embeddable
public class BallotCriterion {

    @Column(name = "name_en", length = 150)
    private String nameEn;

    @Column(name = "name_fr", length = 150)
    private String nameFr;

    @Column(nullable = false)
    private int weight;

    @Column(name = "score_sum")
    private Integer scoreSum;

    @Column(name = "score_count")
    private Integer scoreCount;

    protected BallotCriterion() {}

    public BallotCriterion(String nameEn, String nameFr, int weight) {
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

    public Integer getScoreSum() {
        return scoreSum;
    }

    public Integer getScoreCount() {
        return scoreCount;
    }

    public void setScores(int sum, int count) {
        this.scoreSum = sum;
        this.scoreCount = count;
    }
}
