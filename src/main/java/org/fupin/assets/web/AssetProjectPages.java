package org.fupin.assets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetReasons;
import org.fupin.assets.AssetRegister;
import org.fupin.assets.domain.AssetType;
import org.fupin.assistance.Outcome;
import org.fupin.funds.Project;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registers the assets a completed project formed (up to {@value #ROWS} at a time), from the alert that lists it. */
@Controller
record AssetProjectPages(AssetRegister register, RegionDirectory regions, AssetReasons reasons, MessageSource messages,
                         Users users) {

    static final int ROWS = 3;

    @GetMapping("/assets/projects/{id}")
    String form(@PathVariable long id, Authentication user, Model model) {
        return show(users.scopeOf(user), id, List.of(), Map.of(), model);
    }

    @PostMapping("/assets/projects/{id}")
    String registerAssets(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                          Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        project(scope, id);
        AssetForm form = new AssetForm(params, messages, locale);
        List<Asset.New> assets = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            if (form.text("name" + i).isEmpty()) continue;
            assets.add(new Asset.New(null, form.text("name" + i), form.choice(AssetType.class, "type" + i),
                    form.amount("quantity" + i, false), form.text("unit" + i), form.amount("value" + i, false),
                    form.date("completedOn")));
        }
        List<String> errors = new ArrayList<>(form.errors());
        if (form.valid()) {
            Outcome outcome = register.fromProject(scope, id, assets, user.getName()).orElseThrow();
            if (outcome.accepted()) return "redirect:/assets/items/" + outcome.id() + "?saved";
            errors.addAll(reasons.of(outcome.reasons(), locale));
        }
        return show(scope, id, errors, params, model);
    }

    private String show(RegionScope scope, long id, List<String> errors, Map<String, String> form, Model model) {
        Project project = project(scope, id);
        model.addAttribute("project", project);
        model.addAttribute("path", regions.path(scope, project.fields().villageCode()));
        model.addAttribute("existing", register.ofProject(scope, id));
        model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, ROWS).boxed().toList());
        model.addAttribute("types", AssetType.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "assets/project";
    }

    private Project project(RegionScope scope, long id) {
        return register.project(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
    }
}
