package io.tablewise.devhost.sample;

import java.util.SplittableRandom;

/**
 * Free text that reads like a tracker and a wiki: mostly English technical prose, with some
 * other languages, wiki markup in Jira, XHTML storage format in Confluence, Windows line endings
 * where browsers send them, and now and then an emoji or a formula-looking start.
 */
final class TextMill {

    private TextMill() {
    }

    private static final String[] VERBS = {"Fix", "Investigate", "Add", "Remove", "Refactor", "Improve", "Document", "Upgrade", "Migrate", "Support",
        "Optimise", "Validate", "Cache", "Retry", "Localise", "Deprecate", "Audit", "Split", "Rename", "Secure"};
    private static final String[] OBJECTS = {"the export wizard", "CSV encoding", "login redirect", "search indexing", "the REST client", "attachment upload",
        "the nightly backup", "LDAP sync", "dashboard gadgets", "board swimlanes", "the billing report", "webhook retries", "the Kafka consumer",
        "OAuth token refresh", "the PDF renderer", "timezone handling", "the mobile layout", "SAML assertions", "database connection pool", "Excel import"};
    private static final String[] CONTEXTS = {"for large projects", "after the 9.12 upgrade", "on PostgreSQL 15", "behind the proxy", "in Safari",
        "when the user has no e-mail", "under load", "for archived issues", "on the staging cluster", "in the EU region", "for read-only users",
        "with non-Latin file names", "during re-index", "on the second node", "since Monday"};
    private static final String[] FOREIGN = {
        "Fehler beim Öffnen der Übersicht für Größenangaben",
        "Échec de la synchronisation des pièces jointes après la mise à jour",
        "ログイン画面でエラーが発生する",
        "导出功能在大型项目中超时",
        "검색 결과가 올바르게 정렬되지 않음",
        "Ошибка при сохранении фильтра",
        "Η αναζήτηση επιστρέφει διπλά αποτελέσματα",
        "La exportación omite los acentos en los nombres",
        "Błąd przy zapisie załącznika z polskimi znakami",
        "خطأ في عرض التاريخ في التقرير",
        "Prestaties van het dashboard zijn traag",
        "Rapor indirme işlemi başarısız oluyor",
    };
    private static final String[] SENTENCES = {
        "Steps to reproduce are below.",
        "This happens on every node of the cluster.",
        "The customer reported it twice this week.",
        "Logs are attached; see the stack trace around 14:02.",
        "We could not reproduce it on a fresh instance.",
        "It started after the last plugin update.",
        "Workaround: restart the node and clear the cache.",
        "Expected the export to finish within a minute.",
        "The value shows up as 1,234.50 in one view and 1.234,50 in the other.",
        "Priority raised because the quarterly report depends on it.",
        "Marking as duplicate candidate until triage.",
        "The request takes 30 s instead of 300 ms.",
        "Users see \"Something went wrong\" without details.",
        "Related to the change we made for the audit log.",
        "Please check with the security team before merging.",
        "Numbers: 42, -7, 3.14159, 1e-9, 0x1F.",
    };
    private static final String[] WORDS = {"cluster", "index", "export", "table", "column", "node", "cache", "report", "filter", "query",
        "latency", "payload", "schema", "backup", "token", "release", "sprint", "board", "workflow", "permission", "attachment", "comment",
        "résumé", "naïve", "Zürich", "São Paulo", "Kraków", "Ångström", "niño", "façade"};
    private static final String[] SPICE = {" 🚀", " ✅", " 👍", " 🐛", " 😅", " 🎉", " ⚠️", " 🙏🏽", " 👩‍💻", " 🇩🇪", " (™)", " ½", " ≥ 3", " → done", " „quoted“", " «guillemets»"};
    private static final String[] LABELS = {"backend", "frontend", "tech-debt", "customer-escalation", "security", "performance", "ux",
        "needs-triage", "regression", "hotfix", "q3-2024", "data-migration", "api", "accessibility", "i18n", "größe", "日本語", "flaky_test",
        "ops", "docs"};

    static String label(SplittableRandom r) {
        return LABELS[r.nextInt(LABELS.length)];
    }

    static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    /** Fits varchar(255). */
    static String summary(SplittableRandom r) {
        int kind = r.nextInt(40);
        String text;
        if (kind == 0) {
            text = FOREIGN[r.nextInt(FOREIGN.length)];
        } else if (kind < 6) {
            text = "As a " + word(r) + " admin I want to " + VERBS[r.nextInt(VERBS.length)].toLowerCase() + " " + OBJECTS[r.nextInt(OBJECTS.length)]
                    + " so that I can trust the " + word(r);
        } else {
            text = VERBS[r.nextInt(VERBS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)] + " " + CONTEXTS[r.nextInt(CONTEXTS.length)];
        }
        if (r.nextInt(30) == 0) {
            text += SPICE[r.nextInt(SPICE.length)];
        }
        return text;
    }

    static String sentence(SplittableRandom r) {
        if (r.nextInt(25) == 0) {
            return FOREIGN[r.nextInt(FOREIGN.length)] + ".";
        }
        String s = SENTENCES[r.nextInt(SENTENCES.length)];
        return r.nextInt(20) == 0 ? s + SPICE[r.nextInt(SPICE.length)] : s;
    }

    /** Jira wiki markup; text areas submitted from browsers arrive with CRLF, API clients send LF. */
    static String description(SplittableRandom r) {
        String eol = r.nextInt(3) == 0 ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(400);
        text.append(sentence(r)).append(' ').append(sentence(r));
        if (r.nextInt(2) == 0) {
            text.append(eol).append(eol).append("h3. Steps").append(eol);
            for (int step = 1, n = 2 + r.nextInt(3); step <= n; step++) {
                text.append("# ").append(VERBS[r.nextInt(VERBS.length)]).append(' ').append(OBJECTS[r.nextInt(OBJECTS.length)]).append(eol);
            }
        }
        if (r.nextInt(6) == 0) {
            text.append(eol).append("{code:java}").append(eol).append("String key = project.getKey() + \"-\" + issue.getNumber();").append(eol)
                    .append("if (key.isEmpty()) {\tthrow new IllegalStateException(\"no key\"); }").append(eol).append("{code}");
        }
        if (r.nextInt(5) == 0) {
            text.append(eol).append("See [the runbook|https://wiki.initech.example/display/OPS/Runbook?a=1&b=2] and ").append(word(r)).append(", ")
                    .append(word(r)).append("; ").append(word(r)).append('.');
        }
        return text.toString();
    }

    /** A comment body, sometimes mentioning a user by login name (as Jira Server does). */
    static String comment(SplittableRandom r, String mentionedUserName) {
        StringBuilder text = new StringBuilder(160);
        if (mentionedUserName != null) {
            text.append("[~").append(mentionedUserName).append("] ");
        }
        text.append(sentence(r));
        if (r.nextInt(3) == 0) {
            text.append(r.nextInt(2) == 0 ? "\r\n" : "\n").append(sentence(r));
        }
        return text.toString();
    }

    /** Confluence storage format (XHTML). */
    static String pageBody(SplittableRandom r, int paragraphs) {
        StringBuilder body = new StringBuilder(paragraphs * 160);
        body.append("<h2>").append(escapeXml(summary(r))).append("</h2>");
        for (int p = 0; p < paragraphs; p++) {
            switch (r.nextInt(8)) {
                case 0 -> body.append("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>")
                        .append(escapeXml(sentence(r))).append("</p></ac:rich-text-body></ac:structured-macro>");
                case 1 -> body.append("<ul><li>").append(escapeXml(word(r))).append("</li><li>").append(escapeXml(word(r))).append("</li></ul>");
                case 2 -> body.append("<table><tbody><tr><th>Key</th><th>Value</th></tr><tr><td>").append(escapeXml(word(r)))
                        .append("</td><td>").append(r.nextInt(10_000)).append("</td></tr></tbody></table>");
                default -> body.append("<p>").append(escapeXml(sentence(r))).append(' ').append(escapeXml(sentence(r))).append("</p>");
            }
        }
        return body.toString();
    }

    /** Many paragraphs until at least {@code chars} characters: the very long texts. */
    static String longText(SplittableRandom r, int chars, boolean xhtml) {
        StringBuilder text = new StringBuilder(chars + 512);
        int paragraph = 0;
        while (text.length() < chars) {
            paragraph++;
            if (xhtml) {
                text.append("<p>").append(paragraph).append(". ").append(escapeXml(sentence(r))).append(' ').append(escapeXml(sentence(r))).append("</p>\n");
            } else {
                text.append(paragraph).append(". ").append(sentence(r)).append(' ').append(sentence(r)).append(paragraph % 7 == 0 ? "\r\n" : "\n");
            }
        }
        return text.toString();
    }

    static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
