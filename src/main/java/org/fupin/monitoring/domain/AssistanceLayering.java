package org.fupin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;

/**
 * The layers of one rural household in the one view of monitoring and social assistance (policy-2026.md §2–§4),
 * and what the two sides owe each other:
 * <ul>
 *   <li>a monitored household on no assistance list whose reckoning (annual income minus 合规自付 rigid expenditure,
 *       per person) is below the rural 低保 standard is referred to 民政 ({@code REFER_TO_CIVIL_AFFAIRS});</li>
 *   <li>a registered household whose 贫困户属性 expects a layer (低保贫困户 → 低保) and whose members are not in that
 *       layer of the list in force is a finding ({@code MISSING_FROM_LIST}).</li>
 * </ul>
 * Layers of the lists are data (their codes); the others are {@link #MONITORED}, {@link #POOR}, {@link #EXITED} and,
 * for a household in none, {@link #ORDINARY}.
 */
public final class AssistanceLayering {

    public static final String MONITORED = "MONITORED";
    public static final String POOR = "POOR";
    public static final String EXITED = "EXITED";
    public static final String ORDINARY = "ORDINARY";

    /**
     * What is known of a household: its registry standing (null status = not registered), whether its risk is being
     * monitored, the layers the list in force puts its members in, and the reckoning of its monitoring visit.
     */
    public record Facts(String povertyStatus, boolean currentlyPoor, String attribute, boolean monitored,
                        List<String> listLayers, int members, BigDecimal incomePerCapita, BigDecimal rigidExpenditure) {
        public Facts {
            listLayers = List.copyOf(listLayers);
        }
    }

    /** The household's layers (list layers in the lists' order first) and its findings (failed checks). */
    public record Result(List<String> layers, List<Check> findings) {}

    private AssistanceLayering() {}

    /**
     * @param expectedLayers layer code by the 贫困户属性 that expects it
     * @param listInForce    whether a list is in force at all (without one nothing is missing from it)
     * @param dibaoLine      the rural 低保 standard, yuan per person per year; null or zero = not set (no referral)
     */
    public static Result layer(Facts f, Map<String, String> expectedLayers, boolean listInForce, BigDecimal dibaoLine) {
        List<String> layers = new ArrayList<>();
        if (f.monitored()) layers.add(MONITORED);
        layers.addAll(f.listLayers());
        if (f.povertyStatus() != null) layers.add(f.currentlyPoor() ? POOR : EXITED);
        if (layers.isEmpty()) layers.add(ORDINARY);
        List<Check> findings = new ArrayList<>();
        String expected = f.attribute() == null ? null : expectedLayers.get(f.attribute());
        if (listInForce && expected != null && !f.listLayers().contains(expected)) {
            findings.add(Check.of("MISSING_FROM_LIST", false, f.attribute(), expected));
        }
        if (f.monitored() && f.listLayers().isEmpty() && dibaoLine != null && dibaoLine.signum() > 0
                && f.incomePerCapita() != null) {
            BigDecimal rigid = f.rigidExpenditure() == null ? BigDecimal.ZERO : f.rigidExpenditure();
            BigDecimal annual = f.incomePerCapita().multiply(BigDecimal.valueOf(f.members())).setScale(2, RoundingMode.HALF_UP);
            BigDecimal perPerson = annual.subtract(rigid).divide(BigDecimal.valueOf(f.members()), 2, RoundingMode.HALF_UP);
            if (perPerson.compareTo(dibaoLine) < 0) {
                findings.add(Check.of("REFER_TO_CIVIL_AFFAIRS", false, annual, rigid, f.members(), perPerson, dibaoLine));
            }
        }
        return new Result(List.copyOf(layers), List.copyOf(findings));
    }
}
