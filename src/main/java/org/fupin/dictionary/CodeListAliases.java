package org.fupin.dictionary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.kernel.Refusal;
import org.fupin.system.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The other spellings a code-list entry is recognised by in imported files (别名, e.g. a province writes 农村低保户
 * where the national list says 低保户): listed, added and removed by system administrators on the code-list page,
 * the CLI and REST; every change is kept with who and when, and audited. Labels and codes stay national.
 */
@Service
public record CodeListAliases(JdbcClient jdbc, Dictionaries dictionaries, AuditLog audit, Transactions transactions) {

    /** One entry of a list as valid in a year: its label and aliases (never shown without the label). */
    public record Entry(String dictionary, String code, String label, List<String> aliases) {}

    /** A change as kept. */
    public record Change(String dictionary, String code, String label, String alias, boolean added, int year,
                         String changedBy, LocalDateTime changedAt) {}

    /** Why a change is refused; the message is {@code dictionary.error.<code>}. */
    public static final class Refused extends Refusal {
        Refused(String code, Object... args) {
            super("dictionary", null, code, args);
        }
    }

    public List<String> names() {
        return transactions.read(() -> jdbc.sql("select distinct dictionary from dictionary_entry order by dictionary")
                .query(String.class).list());
    }

    public List<Entry> entries(String dictionary, int year) {
        return transactions.read(() -> jdbc.sql("""
                select dictionary, code, label, aliases from dictionary_entry
                where dictionary = :dictionary and valid_from <= :year and (valid_to is null or valid_to >= :year)
                order by sort_order, code
                """).param("dictionary", dictionary).param("year", year)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray()))).list());
    }

    public List<Change> history(int limit) {
        return transactions.read(() -> jdbc.sql("""
                select c.dictionary, c.code, (select d.label from dictionary_entry d where d.dictionary = c.dictionary
                       and d.code = c.code order by d.valid_from desc limit 1) as label, c.alias, c.added, c.year,
                       c.changed_by, c.changed_at
                from code_list_alias_change c order by c.id desc limit :limit
                """).param("limit", limit).query(Change.class).list());
    }

    /** Adds {@code alias} to the entry valid in {@code year}; refused when it is blank, too long or names another entry. */
    public void add(String dictionary, String code, int year, String alias, String actor) {
        String text = alias == null ? "" : alias.strip();
        transactions.run(() -> {
            Entry entry = entry(dictionary, code, year);
            if (text.isEmpty() || text.length() > 50) throw new Refused("ALIAS_LENGTH", text);
            Optional<CodeList.Entry> taken = dictionaries.forYear(year).get(dictionary).byLabel(text);
            if (taken.isPresent()) throw new Refused("ALIAS_TAKEN", text, taken.get().label());
            jdbc.sql("""
                    update dictionary_entry set aliases = array_append(aliases, :alias)
                    where dictionary = :dictionary and code = :code and valid_from <= :year and (valid_to is null or valid_to >= :year)
                    """).param("alias", text).param("dictionary", dictionary).param("code", code).param("year", year).update();
            keep(entry, text, true, year, actor);
        });
        dictionaries.reload();
    }

    /** Removes one of the entry's aliases. */
    public void remove(String dictionary, String code, int year, String alias, String actor) {
        transactions.run(() -> {
            Entry entry = entry(dictionary, code, year);
            if (!entry.aliases().contains(alias)) throw new Refused("ALIAS_UNKNOWN", alias);
            jdbc.sql("""
                    update dictionary_entry set aliases = array_remove(aliases, :alias)
                    where dictionary = :dictionary and code = :code and valid_from <= :year and (valid_to is null or valid_to >= :year)
                    """).param("alias", alias).param("dictionary", dictionary).param("code", code).param("year", year).update();
            keep(entry, alias, false, year, actor);
        });
        dictionaries.reload();
    }

    private Entry entry(String dictionary, String code, int year) {
        return entries(dictionary, year).stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refused("ENTRY_UNKNOWN", code));
    }

    private void keep(Entry entry, String alias, boolean added, int year, String actor) {
        jdbc.sql("""
                insert into code_list_alias_change (dictionary, code, alias, added, year, changed_by)
                values (:dictionary, :code, :alias, :added, :year, :actor)
                """).param("dictionary", entry.dictionary()).param("code", entry.code()).param("alias", alias)
                .param("added", added).param("year", year).param("actor", actor).update();
        audit.record(actor, added ? "CODE_LIST_ALIAS_ADDED" : "CODE_LIST_ALIAS_REMOVED",
                entry.dictionary() + "/" + entry.code(), alias);
    }
}
