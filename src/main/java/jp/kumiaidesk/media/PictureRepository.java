package jp.kumiaidesk.media;

import org.springframework.data.jpa.repository.JpaRepository;

interface PictureRepository extends JpaRepository<Picture, Long> {
}
