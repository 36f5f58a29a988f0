package org.fupin.assets.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetIncomes;
import org.fupin.assets.AssetRegister;
import org.fupin.assets.AssetStates;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.income.IncomeItem;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the asset page shows: the asset, its histories, incomes with their households, its notice, the pickers. */
@Component
record AssetPageModel(AssetRegister register, AssetIncomes incomes, AssetStates states, PublicNotices notices,
                      HouseholdRegistry households, RegionDirectory regions) {

    void fill(RegionScope scope, Asset asset, Model model) {
        model.addAttribute("asset", asset);
        model.addAttribute("path", regions.path(scope, asset.villageCode()));
        model.addAttribute("custody", register.custody(scope, asset.id()));
        model.addAttribute("history", states.history(scope, asset.id()));
        List<HouseholdRow> village = villageHouseholds(scope, asset.villageCode());
        Map<String, String> heads = new LinkedHashMap<>();
        village.forEach(h -> heads.put(h.householdNumber(), h.headName()));
        Map<Asset.Income, List<IncomeItem>> withShares = new LinkedHashMap<>();
        incomes.incomes(scope, asset.id()).forEach(i -> withShares.put(i, incomes.shares(scope, asset.id(), i.id())));
        model.addAttribute("incomes", withShares);
        model.addAttribute("heads", heads);
        model.addAttribute("villageHouseholds", village);
        model.addAttribute("notice", asset.noticeId() == null ? null : notices.notice(scope, asset.noticeId()).orElse(null));
        model.addAttribute("today", LocalDate.now());
    }

    /** The households of the village in the latest registry year, for the distribution picker (names, not ids). */
    private List<HouseholdRow> villageHouseholds(RegionScope scope, String village) {
        List<Integer> years = households.years(scope);
        if (years.isEmpty()) return List.of();
        return households.households(scope, village, years.get(0), 0, 1000).rows();
    }
}
