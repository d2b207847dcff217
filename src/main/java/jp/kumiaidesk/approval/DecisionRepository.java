package jp.kumiaidesk.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByKindAndSubjectIdOrderByDecidedAtAscIdAsc(ApprovalKind kind, long subjectId);

    List<Decision> findByKindAndSubjectIdAndContentHashAndVerdictOrderByDecidedAtAscIdAsc(ApprovalKind kind,
            long subjectId, String contentHash, Verdict verdict);
}
