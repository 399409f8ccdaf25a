package org.passerelle.records;

import java.util.List;
import org.passerelle.calls.CallSummary;

/** What a call export holds: the call and its proposals that the reader may see, in title order. */
record CallRecord(CallSummary call, List<ProposalDecision> proposals) {}
