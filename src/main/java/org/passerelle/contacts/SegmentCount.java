package org.passerelle.contacts;

/** A saved segment with the number of consenting contacts it matches now. */
public record SegmentCount(SegmentSummary segment, long consenting) {}
