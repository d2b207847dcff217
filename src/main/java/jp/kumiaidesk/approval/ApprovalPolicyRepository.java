package jp.kumiaidesk.approval;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalPolicyRepository extends JpaRepository<ApprovalPolicy, ApprovalKind> {
}
