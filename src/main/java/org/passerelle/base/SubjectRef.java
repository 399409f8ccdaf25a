package org.passerelle.base;

/** A reference to any subject: its kind and id. */
public record SubjectRef(SubjectKind kind, long id) {

    public SubjectRef {
        if (kind == null) {
            throw new IllegalArgumentException("subject kind required");
        }
    }

    public static SubjectRef space(long id) {
        return new SubjectRef(SubjectKind.SPACE, id);
    }

    public static SubjectRef call(long id) {
        return new SubjectRef(SubjectKind.CALL, id);
    }

    public static SubjectRef proposal(long id) {
        return new SubjectRef(SubjectKind.PROPOSAL, id);
    }

    public static SubjectRef session(long id) {
        return new SubjectRef(SubjectKind.SESSION, id);
    }

    public static SubjectRef ballot(long id) {
        return new SubjectRef(SubjectKind.BALLOT, id);
    }

    public static SubjectRef document(long id) {
        return new SubjectRef(SubjectKind.DOCUMENT, id);
    }

    public static SubjectRef thread(long id) {
        return new SubjectRef(SubjectKind.THREAD, id);
    }

    public static SubjectRef progressReport(long id) {
        return new SubjectRef(SubjectKind.PROGRESS_REPORT, id);
    }

    public static SubjectRef association(long id) {
        return new SubjectRef(SubjectKind.ASSOCIATION, id);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
