package jp.kumiaidesk.recruitment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactLogRepository extends JpaRepository<ContactLog, Long> {

    List<ContactLog> findByNewHireIdOrderByContactedOnDescIdDesc(long newHireId);

    @Modifying
    @Query("delete from ContactLog c where c.newHireId in (select h.id from NewHire h where h.cohortId = :cohortId)")
    int deleteByCohort(long cohortId);
}
