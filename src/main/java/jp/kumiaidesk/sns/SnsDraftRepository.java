package jp.kumiaidesk.sns;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface SnsDraftRepository extends JpaRepository<SnsDraft, Long> {

    @Query("select d from SnsDraft d where (:states is null or d.state in :states) order by d.updatedAt desc, d.id desc")
    Slice<SnsDraft> findForList(Collection<DraftState> states, Pageable pageable);

    @Query("select count(d) from SnsDraft d where (:states is null or d.state in :states)")
    long countForList(Collection<DraftState> states);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from SnsDraft d where d.id = :id")
    java.util.Optional<SnsDraft> findForUpdate(long id);

    @Query("select d.id from SnsDraft d where d.state in :states and d.postAt < :now")
    List<Long> findOverdue(Collection<DraftState> states, Instant now);

    @Query("select d from SnsDraft d where d.state in :states order by d.submittedAt")
    List<SnsDraft> findByStates(Collection<DraftState> states);

    @Query("select d from SnsDraft d where d.state <> jp.kumiaidesk.sns.DraftState.REJECTED and "
            + "((d.postedAt is not null and d.postedAt >= :from and d.postedAt < :to) or "
            + "(d.postedAt is null and d.postAt >= :from and d.postAt < :to)) order by d.postAt")
    List<SnsDraft> findForCalendar(Instant from, Instant to);

    @Query("select d from SnsDraft d where d.state = jp.kumiaidesk.sns.DraftState.POSTED and d.postedAt >= :from "
            + "and d.postedAt < :to")
    List<SnsDraft> findPosted(Instant from, Instant to);

    java.util.Optional<SnsDraft> findFirstByPostUrl(String postUrl);
}
