package org.passerelle.sessions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.sessions.SessionState;

@Entity
@Table(name = "cocreation_session")
public class CoCreationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_id", nullable = false)
    private Long spaceId;

    /** The title in English (named as before sessions were bilingual; queries of other classes use the name). */
    @Column(length = 150)
    private String title;

    @Column(name = "title_fr", length = 150)
    private String titleFr;

    /** The description in English. */
    @Column(length = 8000)
    private String description;

    @Column(name = "description_fr", length = 8000)
    private String descriptionFr;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionState state = SessionState.SCHEDULED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "current_item")
    private Integer currentItem;

    @Column(name = "timer_started_at")
    private Instant timerStartedAt;

    @Column(length = 20000)
    private String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_agenda_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<AgendaEntry> agenda = new ArrayList<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CoCreationSession() {}

    public CoCreationSession(long spaceId, Long createdBy, Instant now) {
        this.spaceId = spaceId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(
            String titleEn,
            String titleFr,
            String descriptionEn,
            String descriptionFr,
            String place,
            String onlineLink) {
        this.title = titleEn;
        this.titleFr = titleFr;
        this.description = descriptionEn;
        this.descriptionFr = descriptionFr;
        this.place = place;
        this.onlineLink = onlineLink;
    }

    public void schedule(Instant startsAt, Instant endsAt, int capacity) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    public void setAgenda(List<AgendaEntry> entries) {
        this.agenda.clear();
        this.agenda.addAll(entries);
    }

    public void cancel(String reason) {
        this.state = SessionState.CANCELLED;
        this.cancelReason = reason;
    }

    public void moveTo(Integer item, Instant timerStartedAt) {
        this.currentItem = item;
        this.timerStartedAt = timerStartedAt;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    /** The title for places that show one language only (audit, notifications): English, else French. */
    public String getTitle() {
        return title != null ? title : titleFr;
    }

    public String getTitleEn() {
        return title;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getDescriptionEn() {
        return description;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public SessionState getState() {
        return state;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Integer getCurrentItem() {
        return currentItem;
    }

    public Instant getTimerStartedAt() {
        return timerStartedAt;
    }

    public String getMinutes() {
        return minutes;
    }

    public List<AgendaEntry> getAgenda() {
        return List.copyOf(agenda);
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
