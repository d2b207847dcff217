package jp.kumiaidesk.hq;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;

interface UnionSheetRepository extends JpaRepository<UnionSheet, Long> {

    Optional<UnionSheet> findByYearAndUnionKey(int year, String unionKey);

    /**
     * The union's sheet of the year, locked until commit; when there is none yet, the gap is locked, so two uploads
     * of the same union at the same time end in a deadlock (one victim, re-run by {@code TransactionRetry}, which then
     * replaces the other's sheet) rather than in a duplicate key.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<UnionSheet> findLockedByYearAndUnionKey(int year, String unionKey);

    List<UnionSheet> findByYearOrderByUnionNameAsc(int year);
}
