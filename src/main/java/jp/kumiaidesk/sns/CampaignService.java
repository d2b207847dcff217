package jp.kumiaidesk.sns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.SystemAuthentication;
import jp.kumiaidesk.base.TextRules;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.media.ImageService;
import jp.kumiaidesk.media.StoredImage;
import jp.kumiaidesk.security.UserService;
import jp.kumiaidesk.sns.CampaignViews.Banner;
import jp.kumiaidesk.sns.CampaignViews.CampaignDetail;
import jp.kumiaidesk.sns.CampaignViews.CampaignDraft;
import jp.kumiaidesk.sns.CampaignViews.CampaignForm;
import jp.kumiaidesk.sns.CampaignViews.CampaignRow;
import jp.kumiaidesk.sns.CampaignViews.Readiness;
import jp.kumiaidesk.sns.CampaignViews.Step;

/**
 * Campaigns as the SNS handbook runs an X デモ: a shared hashtag every draft of the campaign carries, a start time,
 * a minute-by-minute sequence of who posts which draft, and a banner pack whose images an executive approves once
 * (after everyone pictured agreed, as for a draft's images). Readiness says what is still missing.
 */
@Service
public class CampaignService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_HASHTAG = "hashtag";
    public static final String FIELD_STARTS_AT = "startsAt";
    public static final String FIELD_HOW_TO = "howTo";
    public static final String FIELD_OFFSET = "offset";
    public static final String FIELD_POSTER = "poster";
    public static final String FIELD_DRAFT = "draft";
    public static final String FIELD_BANNER = "banner";
    public static final int MAX_OFFSET_MINUTES = 7 * 24 * 60;
    public static final int POSTER_MAX_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final SnsDraftRepository drafts;
    private final ImageService images;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(JdbcTemplate jdbc, SnsDraftRepository drafts, ImageService images, UserService users,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.images = images;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public List<CampaignRow> list() {
        List<Long> ids = jdbc.queryForList("select id from sns_campaign order by starts_at is null, starts_at desc, "
                + "name", Long.class);
        List<CampaignRow> rows = new ArrayList<>();
        for (Long id : ids) {
            CampaignDetail detail = load(id);
            rows.add(new CampaignRow(id, detail.form().name(), detail.form().hashtag(), startsAt(detail.form()),
                    detail.readiness()));
        }
        return rows;
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public long create(CampaignForm form) {
        CampaignForm clean = clean(form, null);
        // the unique name decides (two people creating the same campaign at once: one gets "taken")
        int created = jdbc.update("insert ignore into sns_campaign (name, hashtag, starts_at, how_to) "
                + "values (?, ?, ?, ?)", clean.name(), clean.hashtag(), timestamp(clean.startsAt()), clean.howTo());
        if (created == 0) {
            throw new FieldRejectedException(FIELD_NAME, "sns.campaign.error.name-taken");
        }
        long id = jdbc.queryForObject("select id from sns_campaign where name = ?", Long.class, clean.name());
        events.publishEvent(AuditEntry.now("sns.campaign-created", "sns_campaign", id, clean.name()));
        return id;
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void update(long id, long expectedVersion, CampaignForm form) {
        CampaignForm clean = clean(form, load(id).form());
        Integer taken = jdbc.queryForObject("select count(*) from sns_campaign where name = ? and id <> ?",
                Integer.class, clean.name(), id);
        if (taken != null && taken > 0) {
            throw new FieldRejectedException(FIELD_NAME, "sns.campaign.error.name-taken");
        }
        int updated;
        try {
            updated = jdbc.update("update sns_campaign set name = ?, hashtag = ?, starts_at = ?, how_to = ?, "
                    + "version = version + 1 where id = ? and version = ?", clean.name(), clean.hashtag(),
                    timestamp(clean.startsAt()), clean.howTo(), id, expectedVersion);
        } catch (org.springframework.dao.DuplicateKeyException renamedMeanwhile) {
            // another campaign took the name after the look above
            throw new FieldRejectedException(FIELD_NAME, "sns.campaign.error.name-taken");
        }
        if (updated == 0) {
            throw new ConcurrentEditException("sns_campaign", id);
        }
        events.publishEvent(AuditEntry.now("sns.campaign-changed", "sns_campaign", id, clean.name()));
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional(readOnly = true)
    public CampaignDetail get(long id) {
        return load(id);
    }

    /** Adds a line to the sequence; the draft, when given, must be one of the campaign's drafts. */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void addStep(long campaignId, Integer offsetMinutes, String poster, Long draftId) {
        load(campaignId);
        if (offsetMinutes == null || offsetMinutes < 0 || offsetMinutes > MAX_OFFSET_MINUTES) {
            throw new FieldRejectedException(FIELD_OFFSET, "sns.campaign.error.offset");
        }
        String who = TextRules.requireLine(FIELD_POSTER, poster, false, POSTER_MAX_LENGTH);
        if (draftId != null) {
            SnsDraft draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("sns_draft", draftId));
            if (!Long.valueOf(campaignId).equals(draft.campaignId())) {
                throw new FieldRejectedException(FIELD_DRAFT, "sns.campaign.error.draft-not-in-campaign");
            }
        }
        jdbc.update("insert into sns_campaign_step (campaign_id, offset_minutes, poster, draft_id) values (?, ?, ?, ?)",
                campaignId, offsetMinutes, who, draftId);
        events.publishEvent(AuditEntry.now("sns.campaign-changed", "sns_campaign", campaignId,
                "+" + offsetMinutes + " " + who + (draftId == null ? "" : " #" + draftId)));
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void removeStep(long campaignId, long stepId) {
        jdbc.update("delete from sns_campaign_step where id = ? and campaign_id = ?", stepId, campaignId);
        events.publishEvent(AuditEntry.now("sns.campaign-changed", "sns_campaign", campaignId, "-step " + stepId));
    }

    /** Puts an uploaded image into the banner pack (not approved yet). */
    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void addBanner(long campaignId, long imageId) {
        load(campaignId);
        images.load(imageId);
        jdbc.update("insert ignore into sns_campaign_banner (campaign_id, image_id, added_by, added_at) "
                + "values (?, ?, ?, ?)", campaignId, imageId, SystemAuthentication.currentActor(),
                Timestamp.from(clock.instant()));
    }

    @PreAuthorize(SnsDraftService.CAN_WRITE)
    @Transactional
    public void removeBanner(long campaignId, long imageId) {
        jdbc.update("delete from sns_campaign_banner where campaign_id = ? and image_id = ?", campaignId, imageId);
    }

    /**
     * An executive approves a banner once for the whole campaign. Refused while the consent of people pictured is
     * not recorded, and for the person who added it.
     */
    @PreAuthorize(SnsDraftService.CAN_REVIEW)
    @Transactional
    public void approveBanner(long campaignId, long imageId) {
        List<String> addedBy = jdbc.queryForList("select added_by from sns_campaign_banner where campaign_id = ? and "
                + "image_id = ?", String.class, campaignId, imageId);
        if (addedBy.isEmpty()) {
            throw new NotFoundException("sns_campaign_banner", campaignId + "/" + imageId);
        }
        if (!images.load(imageId).consentSettled()) {
            throw new FieldRejectedException(FIELD_BANNER, "sns.error.consent-missing");
        }
        String me = SystemAuthentication.currentActor();
        if (me.equals(addedBy.get(0))) {
            throw new FieldRejectedException(FIELD_BANNER, "sns.campaign.error.own-banner");
        }
        jdbc.update("update sns_campaign_banner set approved_by = ?, approved_at = ? where campaign_id = ? and "
                + "image_id = ? and approved_by is null", me, Timestamp.from(clock.instant()), campaignId, imageId);
        events.publishEvent(AuditEntry.now("sns.banner-approved", "sns_campaign", campaignId, "image " + imageId));
    }

    /** The hashtags of {@code campaignHashtags} that a draft with these hashtags and body does not carry. */
    public static List<String> missingHashtags(String campaignHashtags, String draftHashtags, String body) {
        if (campaignHashtags == null || campaignHashtags.isBlank()) {
            return List.of();
        }
        Set<String> carried = new HashSet<>();
        for (String text : new String[] {draftHashtags, body}) {
            if (text != null) {
                Arrays.stream(text.split("[\\s,、　]+")).map(t -> t.replace('＃', '#').toLowerCase(Locale.ROOT))
                        .forEach(carried::add);
            }
        }
        return Arrays.stream(campaignHashtags.split(" "))
                .filter(tag -> !carried.contains(tag.toLowerCase(Locale.ROOT))).toList();
    }

    /** The campaign's hashtags (normalised, space separated), or null when it has none or there is no campaign. */
    String hashtagOf(Long campaignId) {
        if (campaignId == null) {
            return null;
        }
        List<String> tags = jdbc.queryForList("select hashtag from sns_campaign where id = ?", String.class,
                campaignId);
        return tags.isEmpty() ? null : tags.get(0);
    }

    private CampaignDetail load(long id) {
        List<Object[]> rows = jdbc.query("select name, hashtag, starts_at, how_to, version from sns_campaign "
                + "where id = ?", (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3),
                        rs.getString(4), rs.getLong(5)}, id);
        if (rows.isEmpty()) {
            throw new NotFoundException("sns_campaign", id);
        }
        Object[] row = rows.get(0);
        Timestamp start = (Timestamp) row[2];
        CampaignForm form = new CampaignForm((String) row[0], (String) row[1] == null ? "" : (String) row[1],
                start == null ? null : start.toInstant().atZone(UnionTime.ZONE).toLocalDateTime(), (String) row[3]);
        String hashtag = (String) row[1];
        Instant startsAt = startsAt(form);
        List<SnsDraft> campaignDrafts = jdbc.queryForList("select id from sns_draft where campaign_id = ? "
                + "order by id", Long.class, id).stream().map(d -> drafts.findById(d).orElseThrow()).toList();
        List<Step> steps = jdbc.query("select id, offset_minutes, poster, draft_id from sns_campaign_step "
                + "where campaign_id = ? order by offset_minutes, id", (rs, i) -> {
                    long draftId = rs.getLong(4);
                    Long draft = rs.wasNull() ? null : draftId;
                    int offset = rs.getInt(2);
                    return new Step(rs.getLong(1), offset, startsAt == null ? null
                            : startsAt.plusSeconds(offset * 60L), rs.getString(3), draft, null, null, null, List.of());
                }, id).stream().map(s -> withDraft(s, hashtag)).toList();
        Set<Long> inSequence = new HashSet<>();
        steps.forEach(s -> {
            if (s.draftId() != null) {
                inSequence.add(s.draftId());
            }
        });
        List<CampaignDraft> draftRows = campaignDrafts.stream()
                .map(d -> new CampaignDraft(d.getId(), d.title(), d.state(),
                        missingHashtags(hashtag, d.hashtags(), d.body())))
                .filter(d -> !inSequence.contains(d.id()) || !d.missingHashtags().isEmpty()).toList();
        List<Object[]> bannerRows = jdbc.query("select image_id, approved_by, approved_at from sns_campaign_banner "
                + "where campaign_id = ? order by added_at, image_id", (rs, i) -> new Object[] {rs.getLong(1),
                        rs.getString(2), rs.getTimestamp(3)}, id);
        Map<String, String> names = users.displayNames(bannerRows.stream().map(b -> (String) b[1])
                .filter(n -> n != null).toList());
        List<Banner> banners = bannerRows.stream().map(b -> {
            StoredImage image = images.load((Long) b[0]);
            return new Banner(image.id(), image.consentSettled(), image.peoplePictured(),
                    b[1] == null ? null : names.get((String) b[1]),
                    b[2] == null ? null : ((Timestamp) b[2]).toInstant());
        }).toList();
        Readiness readiness = new Readiness((int) steps.stream().filter(Step::approved).count(), steps.size(),
                (int) banners.stream().filter(Banner::approved).count(), banners.size(),
                (int) steps.stream().filter(s -> s.poster() != null && !s.poster().isBlank()).count());
        return new CampaignDetail(id, (Long) row[4], form, steps, banners, draftRows, readiness);
    }

    private Step withDraft(Step step, String hashtag) {
        if (step.draftId() == null) {
            return step;
        }
        return drafts.findById(step.draftId()).map(d -> new Step(step.id(), step.offsetMinutes(), step.at(),
                step.poster(), d.getId(), d.title(), d.state(), d.post(), missingHashtags(hashtag, d.hashtags(),
                        d.body()))).orElse(step);
    }

    private CampaignForm clean(CampaignForm form, CampaignForm before) {
        String name = TextRules.requireLine(FIELD_NAME, form.name(), true, CampaignForm.NAME_MAX_LENGTH);
        String hashtag;
        try {
            hashtag = SnsDraftService.normalizeHashtags(form.hashtag());
        } catch (FieldRejectedException e) {
            throw new FieldRejectedException(FIELD_HASHTAG, e.messageKey());
        }
        if (hashtag.isEmpty()) {
            throw new FieldRejectedException(FIELD_HASHTAG, "sns.campaign.error.hashtag-required");
        }
        if (hashtag.length() > CampaignForm.HASHTAG_MAX_LENGTH) {
            throw new FieldRejectedException(FIELD_HASHTAG, "sns.error.hashtags");
        }
        LocalDateTime start = form.startsAt();
        boolean startChanged = before == null || !java.util.Objects.equals(before.startsAt(), start);
        if (start != null && startChanged && !start.atZone(UnionTime.ZONE).toInstant().isAfter(clock.instant())) {
            throw new FieldRejectedException(FIELD_STARTS_AT, "sns.error.post-at-past");
        }
        String howTo = form.howTo() == null || form.howTo().isBlank() ? null : form.howTo().strip();
        if (howTo != null) {
            String problem = TextRules.problemWithText(howTo, CampaignForm.HOW_TO_MAX_LENGTH);
            if (problem != null) {
                throw new FieldRejectedException(FIELD_HOW_TO, problem);
            }
        }
        return new CampaignForm(name, hashtag, start, howTo);
    }

    private static Instant startsAt(CampaignForm form) {
        return form.startsAt() == null ? null : form.startsAt().atZone(UnionTime.ZONE).toInstant();
    }

    private static Timestamp timestamp(LocalDateTime local) {
        return local == null ? null : Timestamp.from(local.atZone(UnionTime.ZONE).toInstant());
    }
}
