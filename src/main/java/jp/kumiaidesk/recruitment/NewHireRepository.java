package jp.kumiaidesk.recruitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NewHireRepository extends JpaRepository<NewHire, Long> {

    @Query("select h from NewHire h where h.cohortId = :cohortId and (:all = true or h.workplaceId in :workplaces)"
            + " and (:status is null or h.status = :status) and (:workplaceId is null or h.workplaceId = :workplaceId)"
            + " order by h.workplaceId, h.kana, h.id")
    Slice<NewHire> findForTracker(long cohortId, boolean all, Collection<Long> workplaces, HireStatus status,
            Long workplaceId, Pageable pageable);

    @Query("select count(h) from NewHire h where h.cohortId = :cohortId and (:all = true or h.workplaceId in "
            + ":workplaces) and (:status is null or h.status = :status) and (:workplaceId is null or "
            + "h.workplaceId = :workplaceId)")
    long countForTracker(long cohortId, boolean all, Collection<Long> workplaces, HireStatus status,
            Long workplaceId);

    @Query("select h from NewHire h where (:all = true or h.workplaceId in :workplaces) "
            + "and h.cohortId in :cohorts and h.status in :open and ((h.nextActionDate is not null and h.nextActionDate < :today) "
            + "or (h.status = :notContacted and h.hireDate < :uncontactedBefore))"
            + " order by h.nextActionDate, h.hireDate")
    List<NewHire> findFollowUps(boolean all, Collection<Long> workplaces, Collection<Long> cohorts,
            Collection<HireStatus> open,
            LocalDate today, HireStatus notContacted, LocalDate uncontactedBefore);

    @Query("select count(h) > 0 from NewHire h where h.cohortId = :cohortId and h.name = :name "
            + "and h.hireDate = :hireDate and h.id <> :exceptId")
    boolean existsSamePerson(long cohortId, String name, LocalDate hireDate, long exceptId);

    @Modifying
    @Query("update NewHire h set h.name = null, h.kana = null, h.recruiter = null, h.nextActionDate = null "
            + "where h.cohortId = :cohortId")
    int forgetPeople(long cohortId);
}
