package jp.kumiaidesk.recruitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByCode(String code);

    /** A locking read: sees the row a concurrent transaction committed after this one's snapshot was taken. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    Optional<Cohort> findLockedByCode(String code);

    List<Cohort> findAllByOrderByHireMonthDesc();
}
