/**
 * Associations: the diaspora associations through which members act (DESIGN.md section 1). Participatory
 * platforms rarely let organisations take part as such, yet here proposals belong to associations, so an
 * association is a first-class object: a profile (countries of origin, sectors, residence, contact details,
 * a "verified" flag that only staff set) and members, at least one of whom is a contact person.
 *
 * <p>Staff register and verify associations; contacts edit their profile and invite and remove members,
 * who accept or decline in "My associations". Later modules ask {@link
 * org.passerelle.associations.AssociationService} whether a person is an active member of an association
 * and react to the events in {@link org.passerelle.associations.AssociationEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Associations")
package org.passerelle.associations;
