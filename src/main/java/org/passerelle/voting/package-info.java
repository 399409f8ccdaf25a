/**
 * Review and voting: staff open a ballot on a proposal in VOTING (yes / no / abstain, or a score per
 * criterion of the call), the board members of the space declare their conflicts of interest and vote
 * once each (a unique constraint backs the rule), the ballot closes by itself at its time, and staff record
 * the decision, which moves the proposal through {@link org.passerelle.proposals.ProposalService}. A secret
 * ballot keeps who voted apart from what was chosen: after closing only the tallies remain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voting")
package org.passerelle.voting;
