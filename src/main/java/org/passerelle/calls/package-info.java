/**
 * Calls for cooperation: staff open a call inside a space (dates, eligibility, weighted evaluation
 * criteria, a maximum of proposals per association, guidance for applicants). A call is DRAFT → OPEN →
 * CLOSED → DECIDED; proposals (a later module) ask {@link org.passerelle.calls.CallService#acceptsSubmissions}
 * before they are submitted, and the voting module reads the criteria.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calls")
package org.passerelle.calls;
