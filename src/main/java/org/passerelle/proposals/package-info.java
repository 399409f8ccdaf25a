/**
 * Proposals: an association turns an idea into a project proposal the board can judge. Structured
 * sections with a readiness checklist (Enable), submission, review and decision (Engage), implementation
 * follow-up (Empower). Every transition is decided in one place, {@link
 * org.passerelle.proposals.ProposalLifecycle}; every saved change is a version that can be compared with
 * any other, section by section.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package org.passerelle.proposals;
