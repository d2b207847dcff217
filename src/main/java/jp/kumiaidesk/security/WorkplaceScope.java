package jp.kumiaidesk.security;

import java.util.Set;

/** Which workplaces' personal rows someone may see: all of them, or exactly these. */
public record WorkplaceScope(boolean all, Set<Long> workplaceIds) {

    public static final WorkplaceScope ALL = new WorkplaceScope(true, Set.of());
    public static final WorkplaceScope NONE = new WorkplaceScope(false, Set.of());

    public static WorkplaceScope of(Set<Long> workplaceIds) {
        return new WorkplaceScope(false, Set.copyOf(workplaceIds));
    }

    public boolean includes(long workplaceId) {
        return all || workplaceIds.contains(workplaceId);
    }
}
