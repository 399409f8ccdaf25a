package org.passerelle.documents;

/** The object a document belongs to, by type and id. */
public record OwnerRef(OwnerType type, long id) {

    public OwnerRef {
        if (type == null) {
            throw new IllegalArgumentException("owner type required");
        }
    }

    public static OwnerRef proposal(long id) {
        return new OwnerRef(OwnerType.PROPOSAL, id);
    }

    public static OwnerRef space(long id) {
        return new OwnerRef(OwnerType.SPACE, id);
    }

    public static OwnerRef call(long id) {
        return new OwnerRef(OwnerType.CALL, id);
    }

    public static OwnerRef session(long id) {
        return new OwnerRef(OwnerType.SESSION, id);
    }
}
