package org.passerelle.proposals;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Proposal content to and from its stored JSON snapshot. */
@Component
class ProposalContentCodec {

    private final JsonMapper json;

    ProposalContentCodec(JsonMapper json) {
        this.json = json;
    }

    String write(ProposalContent content) {
        return json.writeValueAsString(content);
    }

    ProposalContent read(String stored) {
        return json.readValue(stored, ProposalContent.class);
    }
}
