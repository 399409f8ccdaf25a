package org.passerelle.extraction.worker;

/** Text collected up to a number of characters; what comes beyond is dropped and the text marked truncated. */
final class BoundedText {

    private final StringBuilder text = new StringBuilder();
    private final int limit;
    private boolean truncated;

    BoundedText(int limit) {
        this.limit = limit;
    }

    void append(CharSequence more) {
        append(more, 0, more.length());
    }

    void append(CharSequence more, int start, int end) {
        int room = limit - text.length();
        if (end - start > room) {
            truncated = true;
            end = start + Math.max(room, 0);
        }
        text.append(more, start, end);
    }

    void append(char c) {
        if (text.length() < limit) {
            text.append(c);
        } else {
            truncated = true;
        }
    }

    boolean full() {
        return truncated;
    }

    boolean truncated() {
        return truncated;
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
