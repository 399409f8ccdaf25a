package org.passerelle.contacts;

/** A saved segment of the contact list. */
public record SegmentSummary(long id, String name, SegmentCriteria criteria) {}
