package jp.kumiaidesk.newsletter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsletterRepository extends JpaRepository<Newsletter, Long> {

    Optional<Newsletter> findByToken(String token);

    List<Newsletter> findByStatusOrderBySubmittedAtAsc(NewsletterStatus status);
}
