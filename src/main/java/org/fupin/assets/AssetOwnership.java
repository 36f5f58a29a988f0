package org.fupin.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fupin.assets.domain.AssetRules;
import org.fupin.assistance.Outcome;
import org.fupin.audit.AuditLog;
import org.fupin.kernel.Check;
import org.fupin.kernel.Reason;
import org.fupin.kernel.Verdict;
import org.fupin.notice.NoticeDraft;
import org.fupin.notice.NoticeEntry;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 确权 with a public notice: the handed-over assets of a village are posted in one 移交确权公示 (public-notice
 * module, kind ASSET_HANDOVER: each asset with its type, owner and custodian, no personal data), and an asset's
 * ownership is confirmed once that notice has run its days from its posting without open objections.
 */
@Service
public class AssetOwnership {

    /** Notices are posted in the village, in Chinese. */
    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final AssetRegister register;
    private final AssetRepository repository;
    private final PublicNotices notices;
    private final MessageSource messages;
    private final AuditLog audit;

    AssetOwnership(AssetRegister register, AssetRepository repository, PublicNotices notices, MessageSource messages,
                   AuditLog audit) {
        this.register = register;
        this.repository = repository;
        this.notices = notices;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Opens the hand-over notice of the given assets, all handed over, not yet on a notice and in one village, for
     * {@code days} days from {@code start}; answers the notice's id.
     */
    @Transactional
    public Outcome openNotice(RegionScope scope, List<Long> assetIds, String title, LocalDate start, int days,
                              String place, String actor) {
        List<Reason> reasons = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        for (long id : assetIds) {
            Asset a = register.asset(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("asset " + id));
            if (a.ownerKind() == null) reasons.add(Reason.of("ASSET_NOT_HANDED_OVER", a.name()));
            if (a.noticeId() != null) reasons.add(Reason.of("ASSET_NOTICE_EXISTS", a.name()));
            assets.add(a);
        }
        if (assets.isEmpty()) reasons.add(Reason.of("ASSET_NONE"));
        else if (assets.stream().map(Asset::villageCode).distinct().count() > 1) reasons.add(Reason.of("ASSET_NOTICE_VILLAGES"));
        if (title == null || title.isBlank()) reasons.add(Reason.of("ASSET_NOTICE_TITLE"));
        if (start == null || days < 1) reasons.add(Reason.of("ASSET_NOTICE_DAYS", days));
        if (!reasons.isEmpty()) return Outcome.refused(reasons);
        List<NoticeEntry> entries = assets.stream().map(a -> new NoticeEntry(null, "", a.name(), 1,
                label("assets.type." + a.type().name()), ownerText(a), a.custodian())).toList();
        long notice = notices.open(scope, NoticeDraft.of(NoticeKind.ASSET_HANDOVER, assets.get(0).villageCode(),
                title.strip(), start, days, place, entries), actor);
        assets.forEach(a -> repository.setNotice(a.id(), notice));
        audit.record(actor, "ASSET_NOTICE", "notice:" + notice, "assets " + assetIds);
        return Outcome.saved(notice);
    }

    /** 确权: confirms the owner on {@code date} when the asset's notice may be closed then; otherwise its checks say why. */
    @Transactional
    public java.util.Optional<Outcome> confirm(RegionScope scope, long id, LocalDate date, String actor) {
        return register.asset(scope, id).map(a -> {
            List<Reason> reasons = new ArrayList<>(AssetRules.confirmOwnership(a.ownerKind() != null, a.noticeId(),
                    a.ownershipConfirmedOn()));
            if (reasons.isEmpty()) {
                Verdict verdict = notices.mayAdvance(scope, a.noticeId(), date);
                for (Check failed : verdict.reasons()) {
                    reasons.add(new Reason("notice.check." + failed.name() + ".fail", failed.numbers()));
                }
            }
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            repository.confirm(id, date);
            audit.record(actor, "ASSET_OWNERSHIP", "asset:" + id, a.ownerKind() + " " + a.ownerName() + " " + date);
            return Outcome.saved(id);
        });
    }

    private String ownerText(Asset a) {
        return label("assets.owner." + a.ownerKind().name()) + " " + a.ownerName();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, NOTICE_LOCALE);
    }
}
