package jp.kumiaidesk.recruitment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByCode(String code);

    List<Cohort> findAllByOrderByHireMonthDesc();
}
