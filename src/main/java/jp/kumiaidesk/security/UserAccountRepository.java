package jp.kumiaidesk.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findForUpdateByUsername(String username);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedAttempts = :failedAttempts, u.firstFailureAt = :firstFailureAt, "
            + "u.lockedUntil = :lockedUntil, u.lockouts = :lockouts where u.id = :id")
    void updateLoginState(Long id, int failedAttempts, Instant firstFailureAt, Instant lockedUntil, int lockouts);

    boolean existsByUsername(String username);

    Slice<UserAccount> findAllByOrderByUsername(Pageable pageable);
}
