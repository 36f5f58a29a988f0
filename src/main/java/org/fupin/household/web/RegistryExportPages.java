package org.fupin.household.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fupin.access.Users;
import org.fupin.household.RegistryExport;
import org.fupin.api.RecordSheets;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.fupin.system.ReplicaReads;

/**
 * A region's households in the registry template, for correction and re-import (issue #19); county and system
 * administrators only (the file holds full ID numbers).
 */
@Controller
@ReplicaReads
record RegistryExportPages(RegistryExport export, Users users) {

    @GetMapping("/export/regions/{code}/registry.xlsx")
    void registry(@PathVariable String code, @RequestParam int year, Authentication user, HttpServletResponse response)
            throws IOException {
        users.scopeOf(user).require(code);   // out of scope: refused before the response is begun
        RecordSheets.begin(response, "registry-" + code + "-" + year + ".xlsx");
        export.write(users.scopeOf(user), code, year, response.getOutputStream());
    }
}
