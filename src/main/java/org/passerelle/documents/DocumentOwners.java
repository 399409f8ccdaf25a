package org.passerelle.documents;

/**
 * The access rules of one type of owner, answered by the owner's own module rules for the signed-in person.
 * One implementation per {@link OwnerType}; the documents service asks it before every action and every
 * download. An owner the person may not see, or that does not exist, is simply "not seen".
 */
public interface DocumentOwners {

    OwnerType type();

    boolean maySee(long ownerId);

    boolean mayUpload(long ownerId);

    /** Whether the person may delete documents of this owner (their own uploads are decided by the service). */
    boolean mayDelete(long ownerId);

    /** The association whose storage quota the owner's documents count against, or {@code null} for none. */
    Long associationIdForQuota(long ownerId);

    /** The space the owner lives in, for the audit log; {@code null} when none. */
    Long spaceId(long ownerId);
}
