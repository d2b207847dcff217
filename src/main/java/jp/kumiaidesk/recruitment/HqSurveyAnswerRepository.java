package jp.kumiaidesk.recruitment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface HqSurveyAnswerRepository extends JpaRepository<HqSurveyAnswer, Integer> {

    /**
     * The year's answers, locked until commit. When there are none yet, two first saves at the same time both lock
     * the gap and then block each other's insert: the database picks one as the deadlock victim, and its retry finds
     * the other's answers (a conflict) instead of failing on the duplicate key.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from HqSurveyAnswer a where a.year = :year")
    Optional<HqSurveyAnswer> findForUpdate(int year);
}
