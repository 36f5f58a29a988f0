package org.fupin.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.kernel.Reason;
import org.fupin.audit.AuditLog;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结对帮扶 and the visit log. A household has at most one open pairing; pairing it with another cadre closes the
 * open one the day before the new one starts, so the history shows who was responsible on any day.
 */
@Service
public class Pairings {

    public record Pairing(long id, long cadreId, String cadreName, String unitName, String householdNumber,
                          String villageCode, LocalDate start, LocalDate end) {}

    public record Visit(long id, long cadreId, String cadreName, String householdNumber, String villageCode,
                        LocalDate date, String content, String photo, java.math.BigDecimal latitude,
                        java.math.BigDecimal longitude) {

        /** A photo taken with the phone form (a compressed JPEG), which a page may show. */
        public boolean hasImage() { return photo != null && photo.startsWith(PHOTO_PREFIX); }
    }

    /** Where a visit was made, in WGS 84 degrees, as the phone reported it. */
    public record Place(java.math.BigDecimal latitude, java.math.BigDecimal longitude) {}

    /** A photo from the phone form: a JPEG as a data: URL, compressed on the phone (issue #20). */
    public static final String PHOTO_PREFIX = "data:image/jpeg;base64,";
    /** The longest photo accepted, in characters of its data: URL (about 300 kB of JPEG). */
    public static final int PHOTO_MAX_CHARS = 400_000;

    private final JdbcClient jdbc;
    private final RegisteredHousehold.Finder households;
    private final Organisations organisations;
    private final AuditLog audit;

    Pairings(JdbcClient jdbc, RegisteredHousehold.Finder households, Organisations organisations, AuditLog audit) {
        this.jdbc = jdbc;
        this.households = households;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public Optional<Outcome> pair(RegionScope scope, long cadreId, long householdId, LocalDate start) {
        return households.find(scope, householdId).map(h -> {
            if (organisations.cadre(scope, cadreId).isEmpty()) return Outcome.refused(Reason.of("CADRE_UNKNOWN", cadreId));
            Optional<Pairing> open = open(h);
            if (open.isPresent() && open.get().cadreId() == cadreId) {
                return Outcome.refused(Reason.of("PAIRING_SAME_CADRE", open.get().cadreName()));
            }
            if (open.isPresent() && !open.get().start().isBefore(start)) {
                return Outcome.refused(Reason.of("PAIRING_NOT_AFTER_CURRENT", open.get().start().toString()));
            }
            open.ifPresent(p -> jdbc.sql("update pairing set end_date = :end where id = :id")
                    .param("end", start.minusDays(1)).param("id", p.id()).update());
            long id = jdbc.sql("""
                    insert into pairing (cadre_id, county_code, household_number, village_code, start_date)
                    values (:cadre, :county, :number, :village, :start) returning id
                    """).param("cadre", cadreId).param("county", h.countyCode()).param("number", h.householdNumber())
                    .param("village", h.villageCode()).param("start", start).query(Long.class).single();
            audit.record("PAIR", "household:" + h.countyCode() + "/" + h.householdNumber(),
                    "cadre:" + cadreId + " from " + start);
            return Outcome.saved(id);
        });
    }

    /** Every pairing of the household, newest first (empty when the household is unknown or out of scope). */
    @Transactional(readOnly = true)
    public List<Pairing> history(RegionScope scope, long householdId) {
        return households.find(scope, householdId).map(h -> jdbc.sql(PAIRINGS + """
                where p.county_code = :county and p.household_number = :number order by p.start_date desc
                """).param("county", h.countyCode()).param("number", h.householdNumber()).query(Pairing.class).list())
                .orElse(List.of());
    }

    /** The households a cadre is responsible for on the day, within the caller's scope. */
    @Transactional(readOnly = true)
    public List<Pairing> ofCadre(long cadreId, LocalDate on) {
        return jdbc.sql(PAIRINGS + """
                where p.cadre_id = :cadre and p.start_date <= :on and (p.end_date is null or p.end_date >= :on)
                order by p.village_code, p.household_number
                """).param("cadre", cadreId).param("on", on).query(Pairing.class).list();
    }

    /** The responsible cadre's name of every household of the region on the day, keyed by county/户编号. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> currentCadres(RegionScope scope, String regionCode, LocalDate on) {
        org.fupin.region.RegionCode region = scope.require(regionCode);
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql(PAIRINGS + """
                where p.village_code between :lowest and :highest
                  and p.start_date <= :on and (p.end_date is null or p.end_date >= :on)
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .param("on", on).query(Pairing.class).list()
                .forEach(p -> out.put(key(p.villageCode(), p.householdNumber()), p.cadreName()));
        return out;
    }

    /** The key of {@link #currentCadres}: county code and 户编号. */
    public static String key(String villageCode, String householdNumber) {
        return villageCode.substring(0, 6) + "/" + householdNumber;
    }

    @Transactional
    public Optional<Outcome> logVisit(RegionScope scope, long cadreId, long householdId, LocalDate date, String content,
                                      String photo) {
        return logVisit(scope, cadreId, householdId, date, content, photo, null);
    }

    /** As {@link #logVisit}, with where the phone was ({@code place} null: not recorded). */
    @Transactional
    public Optional<Outcome> logVisit(RegionScope scope, long cadreId, long householdId, LocalDate date, String content,
                                      String photo, Place place) {
        return households.find(scope, householdId).map(h -> {
            if (organisations.cadre(scope, cadreId).isEmpty()) return Outcome.refused(Reason.of("CADRE_UNKNOWN", cadreId));
            if (content == null || content.isBlank()) return Outcome.refused(Reason.of("VISIT_CONTENT_MISSING"));
            if (photo != null && photo.startsWith("data:")
                    && (!photo.startsWith(PHOTO_PREFIX) || photo.length() > PHOTO_MAX_CHARS)) {
                return Outcome.refused(Reason.of("VISIT_PHOTO_INVALID", PHOTO_MAX_CHARS * 3 / 4 / 1000));
            }
            if (place != null && (place.latitude() == null || place.longitude() == null
                    || place.latitude().abs().compareTo(java.math.BigDecimal.valueOf(90)) > 0
                    || place.longitude().abs().compareTo(java.math.BigDecimal.valueOf(180)) > 0)) {
                return Outcome.refused(Reason.of("VISIT_PLACE_INVALID"));
            }
            long id = jdbc.sql("""
                    insert into visit (cadre_id, county_code, household_number, village_code, visit_date, content, photo,
                                       latitude, longitude)
                    values (:cadre, :county, :number, :village, :date, :content, :photo, :latitude, :longitude) returning id
                    """).param("cadre", cadreId).param("county", h.countyCode()).param("number", h.householdNumber())
                    .param("village", h.villageCode()).param("date", date).param("content", content.strip())
                    .param("photo", photo == null || photo.isBlank() ? null : photo.strip())
                    .param("latitude", place == null ? null : place.latitude().setScale(6, java.math.RoundingMode.HALF_UP), java.sql.Types.NUMERIC)
                    .param("longitude", place == null ? null : place.longitude().setScale(6, java.math.RoundingMode.HALF_UP), java.sql.Types.NUMERIC)
                    .query(Long.class).single();
            audit.record("VISIT", "household:" + h.countyCode() + "/" + h.householdNumber(), "cadre:" + cadreId);
            return Outcome.saved(id);
        });
    }

    @Transactional(readOnly = true)
    public List<Visit> visits(RegionScope scope, long householdId) {
        return households.find(scope, householdId).map(h -> jdbc.sql("""
                select v.id, v.cadre_id, c.name as cadre_name, v.household_number, v.village_code, v.visit_date as date,
                       v.content, v.photo, v.latitude, v.longitude
                from visit v join cadre c on c.id = v.cadre_id
                where v.county_code = :county and v.household_number = :number order by v.visit_date desc, v.id desc
                """).param("county", h.countyCode()).param("number", h.householdNumber()).query(Visit.class).list())
                .orElse(List.of());
    }

    /** A household paired with a cadre today, and its last visit by anyone (null: never visited). */
    public record Due(String householdNumber, String villageCode, LocalDate lastVisit) {}

    /**
     * The households paired with the cadre on {@code on} in the region, not visited since {@code since} (issue #20:
     * the cadre's list of households to visit), longest unvisited first.
     */
    @Transactional(readOnly = true)
    public List<Due> toVisit(RegionScope scope, String regionCode, long cadreId, LocalDate on, LocalDate since) {
        org.fupin.region.RegionCode region = scope.require(regionCode);
        return jdbc.sql("""
                select p.household_number, p.village_code, max(v.visit_date) as last_visit
                from pairing p left join visit v on v.county_code = p.county_code and v.household_number = p.household_number
                where p.cadre_id = :cadre and p.village_code between :lowest and :highest
                  and p.start_date <= :on and (p.end_date is null or p.end_date >= :on)
                group by p.household_number, p.village_code
                having max(v.visit_date) is null or max(v.visit_date) < :since
                order by max(v.visit_date) nulls first, p.household_number
                """).param("cadre", cadreId).param("lowest", region.lowestDescendant())
                .param("highest", region.highestDescendant()).param("on", on).param("since", since)
                .query(Due.class).list();
    }

    /** The current pairings of every household of the region (responsible cadre per 户编号). */
    @Transactional(readOnly = true)
    public List<Pairing> current(RegionScope scope, String regionCode, LocalDate on) {
        org.fupin.region.RegionCode region = scope.require(regionCode);
        return jdbc.sql(PAIRINGS + """
                where p.village_code between :lowest and :highest
                  and p.start_date <= :on and (p.end_date is null or p.end_date >= :on)
                order by p.household_number
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .param("on", on).query(Pairing.class).list();
    }

    private Optional<Pairing> open(RegisteredHousehold h) {
        return jdbc.sql(PAIRINGS + "where p.county_code = :county and p.household_number = :number and p.end_date is null")
                .param("county", h.countyCode()).param("number", h.householdNumber()).query(Pairing.class).optional();
    }

    private static final String PAIRINGS = """
            select p.id, p.cadre_id, c.name as cadre_name, u.name as unit_name, p.household_number, p.village_code,
                   p.start_date as start, p.end_date as "end"
            from pairing p join cadre c on c.id = p.cadre_id join assistance_unit u on u.id = c.unit_id
            """;
}
