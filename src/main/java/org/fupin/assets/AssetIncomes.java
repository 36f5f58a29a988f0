package org.fupin.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.assets.domain.AssetRules;
import org.fupin.assets.domain.Distribution;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.RegisteredHousehold;
import org.fupin.audit.AuditLog;
import org.fupin.income.IncomeItem;
import org.fupin.income.IncomeItems;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A productive asset's yearly income (收益) and its distribution: to households (each receiving household gets an
 * income item 资产收益分红 under 财产性收入 for the year, in its own record), to the village collective, and
 * reinvested. Recorded once per asset and year; all or nothing.
 */
@Service
public class AssetIncomes {

    /** The income item an asset's dividend creates in a household's record. */
    public static final String DIVIDEND = "ASSET_DIVIDEND";

    private final AssetRegister register;
    private final AssetRepository repository;
    private final RegisteredHousehold.Finder households;
    private final IncomeItems items;
    private final AuditLog audit;

    AssetIncomes(AssetRegister register, AssetRepository repository, RegisteredHousehold.Finder households,
                 IncomeItems items, AuditLog audit) {
        this.register = register;
        this.repository = repository;
        this.households = households;
        this.items = items;
        this.audit = audit;
    }

    /** Records the year's income and its distribution on {@code on}, or answers why not (nothing written then). */
    @Transactional
    public Optional<Outcome> distribute(RegionScope scope, long id, Distribution d, LocalDate on, String actor) {
        return register.asset(scope, id).map(a -> {
            List<Reason> reasons = new ArrayList<>(AssetRules.distribution(a.type(), a.status(), a.completedOn(),
                    repository.incomeRecorded(id, d.year()), d));
            List<RegisteredHousehold> receivers = new ArrayList<>();
            for (Distribution.Share share : d.shares()) {
                households.find(scope, share.householdId()).ifPresentOrElse(receivers::add,
                        () -> reasons.add(Reason.of("ASSET_HOUSEHOLD_UNKNOWN", share.householdId())));
            }
            if (on == null) reasons.add(Reason.of("ASSET_INCOME_DATE"));
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            long incomeId = repository.insertIncome(a, d, on, actor);
            List<IncomeItem.New> paid = new ArrayList<>();
            for (int i = 0; i < receivers.size(); i++) {
                RegisteredHousehold h = receivers.get(i);
                BigDecimal amount = d.shares().get(i).amount();
                paid.add(new IncomeItem.New(h.countyCode(), h.villageCode(), h.householdNumber(), d.year(),
                        IncomeItem.Component.PROPERTY, DIVIDEND, amount, source(incomeId), a.name(), on));
            }
            items.record(paid, actor);
            audit.record(actor, "ASSET_INCOME", "asset:" + id, d.year() + " " + d.income().toPlainString()
                    + " households=" + receivers.size());
            return Outcome.saved(incomeId);
        });
    }

    @Transactional(readOnly = true)
    public List<Asset.Income> incomes(RegionScope scope, long id) {
        return register.asset(scope, id).map(a -> repository.incomes(id)).orElse(List.of());
    }

    /** The household shares of one recorded income (the income items it created). */
    @Transactional(readOnly = true)
    public List<IncomeItem> shares(RegionScope scope, long assetId, long incomeId) {
        return register.asset(scope, assetId).filter(a -> repository.incomes(assetId).stream()
                .anyMatch(i -> i.id() == incomeId)).map(a -> items.ofSource(source(incomeId))).orElse(List.of());
    }

    static String source(long incomeId) {
        return "asset-income:" + incomeId;
    }
}
