package org.passerelle.associations;

import java.util.List;
import java.util.Set;
import org.passerelle.base.Sector;

/** An association in lists, and for other modules: who it is, where from, what it works on. */
public record AssociationSummary(
        long id,
        String name,
        String acronym,
        List<String> countries,
        Residence residence,
        Set<Sector> sectors,
        boolean verified) {}
