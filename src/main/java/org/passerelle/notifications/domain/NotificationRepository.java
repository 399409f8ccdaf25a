package org.passerelle.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n.recipientId from Notification n where n.eventId = :eventId")
    List<Long> recipientsOf(@Param("eventId") long eventId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    /** A page of the person's notifications, newest first, before {@code beforeId} (keyset paging). */
    @Query("select n from Notification n where n.recipientId = :recipient and n.id < :beforeId order by n.id desc")
    List<Notification> page(@Param("recipient") long recipientId, @Param("beforeId") long beforeId, Limit limit);

    long countByRecipientId(long recipientId);

    /** The person's newest notifications of one category (e.g. mentions), read or not. */
    @Query("select n from Notification n where n.recipientId = :recipient and n.category = :category"
            + " order by n.id desc")
    List<Notification> newestOf(
            @Param("recipient") long recipientId,
            @Param("category") org.passerelle.notifications.NotificationCategory category,
            Limit limit);

    long countByRecipientIdAndCategoryAndReadAtIsNull(
            long recipientId, org.passerelle.notifications.NotificationCategory category);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") long recipientId, @Param("now") Instant now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null"
            + " and n.subjectKind = :kind and n.subjectId in :ids")
    int markReadAbout(
            @Param("recipient") long recipientId,
            @Param("kind") org.passerelle.base.SubjectKind kind,
            @Param("ids") Collection<Long> subjectIds,
            @Param("now") Instant now);

    List<Notification> findByRecipientIdAndCreatedAtAfterOrderByIdDesc(long recipientId, Instant after, Limit limit);
}
