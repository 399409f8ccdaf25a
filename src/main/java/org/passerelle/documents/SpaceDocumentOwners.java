package org.passerelle.documents;

import org.passerelle.spaces.SpaceAccess;
import org.passerelle.spaces.SpaceAction;
import org.springframework.stereotype.Component;

/** A space's document library: its readers see it, its contributors upload, its moderators delete. */
@Component
class SpaceDocumentOwners implements DocumentOwners {

    private final SpaceAccess access;

    SpaceDocumentOwners(SpaceAccess access) {
        this.access = access;
    }

    @Override
    public OwnerType type() {
        return OwnerType.SPACE;
    }

    @Override
    public boolean maySee(long spaceId) {
        return access.may(spaceId, SpaceAction.SEE);
    }

    @Override
    public boolean mayUpload(long spaceId) {
        return access.may(spaceId, SpaceAction.CONTRIBUTE);
    }

    @Override
    public boolean mayDelete(long spaceId) {
        return access.may(spaceId, SpaceAction.MODERATE);
    }

    @Override
    public Long associationIdForQuota(long spaceId) {
        return null;
    }

    @Override
    public Long spaceId(long spaceId) {
        return spaceId;
    }
}
