package jp.kumiaidesk.recruitment;

import org.springframework.data.jpa.repository.JpaRepository;

interface HqSurveyAnswerRepository extends JpaRepository<HqSurveyAnswer, Integer> {
}
