package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.BIGINT;
import static io.tablewise.devhost.sample.ColumnType.BYTEA;
import static io.tablewise.devhost.sample.ColumnType.INTEGER;
import static io.tablewise.devhost.sample.ColumnType.SMALLINT;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMP;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Confluence content (C8+ shape: 26 columns, no messageid): every page, blog post, old version,
 * comment, attachment, user profile and space description is a content row; bodies live in
 * bodycontent, the page tree in confancestors (composite primary key) and attachment bytes in
 * attachmentdata.
 */
final class ConfluenceContentTables {

    private ConfluenceContentTables() {
    }

    private static final long T_ITEM = Rng.tag("content.item");
    private static final long T_VERSION = Rng.tag("content.version");
    private static final long T_COMMENT = Rng.tag("content.comment");
    private static final long T_ATTACHMENT = Rng.tag("content.attachment");
    private static final long T_BODY = Rng.tag("bodycontent");
    private static final long T_DATA = Rng.tag("attachmentdata");
    private static final String[] FILE_NAMES = {"Screenshot 2024-03-10 at 02.30.15.png", "Präsentation Q3 (final) v2.pptx", "報告書.pdf",
        "data,with,commas.csv", "=cmd.xlsx", "résumé.docx", "archive.tar.gz", "image (1).png", "no-extension", "😀.gif", "diagram.drawio",
        "log;2024-11-03.txt"};

    static LocalDateTime itemCreated(SampleWorld w, int item) {
        if (item < EdgeValues.LOCAL.size()) {
            return EdgeValues.LOCAL.get(item);
        }
        long span = Times.JIRA_END.toEpochMilli() - Times.CONFLUENCE_START.toEpochMilli();
        double u = Rng.unit(Rng.hash(w.seed, T_ITEM, item));
        return Times.serverLocal(Times.CONFLUENCE_START.plusMillis((long) (span * (item + u) / w.confluenceItems)));
    }

    private static String author(SampleWorld w, SplittableRandom r) {
        return ConfluenceSpaceTables.userKeyOfPerson(w, Rng.skewed(r.nextDouble(), w.confluenceUsers));
    }

    private static String title(SampleWorld w, int item, SplittableRandom r) {
        if (item < EdgeValues.SUMMARIES.size()) {
            String edge = EdgeValues.SUMMARIES.get(item);
            if (edge != null && !edge.isEmpty()) {
                return edge;
            }
        }
        if (w.confluence().isBlog(item)) {
            return "Weekly notes " + itemCreated(w, item).toLocalDate() + " #" + item;
        }
        String title = TextMill.summary(r);
        return (title.length() > 230 ? title.substring(0, 230) : title) + " (" + item + ")";
    }

    static final SampleTable CONTENT = new SampleTable(
            TableShape.confluence("content")
                    .notNull("contentid", BIGINT).withDefault("hibernateversion", INTEGER, true, "0").notNull("contenttype", VARCHAR_255)
                    .col("title", VARCHAR_255).col("lowertitle", VARCHAR_255).col("version", INTEGER).col("creator", VARCHAR_255)
                    .col("creationdate", TIMESTAMP).col("lastmodifier", VARCHAR_255).col("lastmoddate", TIMESTAMP).col("versioncomment", TEXT)
                    .col("prevver", BIGINT).col("content_status", VARCHAR_255).col("pageid", BIGINT).col("spaceid", BIGINT)
                    .col("child_position", INTEGER).col("parentid", BIGINT).col("pluginkey", VARCHAR_255).col("pluginver", VARCHAR_255)
                    .col("parentccid", BIGINT).col("draftpageid", VARCHAR_255).col("draftspacekey", VARCHAR_255).col("drafttype", VARCHAR_255)
                    .col("draftpageversion", INTEGER).col("parentcommentid", BIGINT).col("username", VARCHAR_255)
                    .primaryKey("contentid")
                    .index("c_creator_idx", "creator").index("c_draftpageid_idx", "draftpageid").index("c_drafttype_idx", "drafttype")
                    .index("c_lastmodifier_idx", "lastmodifier").index("c_ltitle_idx", "lowertitle").index("c_pageid_idx", "pageid")
                    .index("c_parentccid_idx", "parentccid").index("c_parentcommid_idx", "parentcommentid").index("c_parentid_idx", "parentid")
                    .index("c_prevver_idx", "prevver").index("c_si_ct_pv_cs_cd_idx", "spaceid", "contenttype", "prevver", "content_status", "creationdate")
                    .index("c_spaceid_idx", "spaceid").index("c_title_idx", "title").index("c_username_idx", "username")
                    .build(),
            w -> {
                ConfluenceLayout c = w.confluence();
                return c.contentIds.count();
            },
            ConfluenceContentTables::writeContent);

    private static void writeContent(SampleWorld w, RowSink sink) throws SQLException {
        ConfluenceLayout c = w.confluence();
        for (int u = 0; u < c.users; u++) {
            People.Person p = w.people().get(u);
            String key = ConfluenceSpaceTables.userKey(w, u);
            LocalDateTime created = Times.serverLocal(p.created());
            content(sink, c.contentId(c.userInfoRow(u)), "USERINFO", p.displayName(), 1, key, created, key, created, null, null, "current",
                    null, null, null, null, null, key);
        }
        for (int s = 0; s < c.spaces; s++) {
            LocalDateTime created = Times.serverLocal(Times.CONFLUENCE_START.plusSeconds(86_400L * s));
            String creator = ConfluenceSpaceTables.userKeyOfPerson(w, s % c.users);
            content(sink, c.contentId(c.spaceDescriptionRow(s)), "SPACEDESCRIPTION", null, 1, creator, created, creator, created, null, null,
                    "current", null, c.spaceIds.id(s), null, null, null, null);
        }
        int[] childPosition = new int[c.items];
        for (int k = 0; k < c.items; k++) {
            SplittableRandom r = Rng.stream(w.seed, T_ITEM, k);
            boolean blog = c.isBlog(k);
            LocalDateTime created = itemCreated(w, k);
            String creator = author(w, r);
            String modifier = r.nextInt(3) == 0 ? author(w, r) : creator;
            int status = r.nextInt(100);
            int parent = c.parentOf(k);
            Integer position = blog || parent < 0 ? null : childPosition[parent]++;
            String comment = switch (r.nextInt(6)) {
                case 0 -> null;
                case 1 -> "Fixed typos; \"clarified\" steps,\r\nsee thread";
                default -> "";
            };
            content(sink, c.contentId(c.itemRow(k)), blog ? "BLOGPOST" : "PAGE", title(w, k, r), c.oldVersions.count(k) + 1, creator, created,
                    modifier, created.plusMinutes(r.nextInt(500_000)), comment, null,
                    status < 2 ? "deleted" : status < 3 ? "draft" : "current", null, c.spaceIds.id(c.spaceOf(k)), position,
                    parent < 0 ? null : c.contentId(c.itemRow(parent)), null, null);
        }
        for (int k = 0; k < c.items; k++) {
            int versions = c.oldVersions.count(k);
            if (versions == 0) {
                continue;
            }
            SplittableRandom r = Rng.stream(w.seed, T_VERSION, k);
            LocalDateTime created = itemCreated(w, k);
            long current = c.contentId(c.itemRow(k));
            String type = c.isBlog(k) ? "BLOGPOST" : "PAGE";
            for (int v = 0; v < versions; v++) {
                String author = author(w, r);
                LocalDateTime modified = created.plusMinutes((long) v * 1440 + r.nextInt(1440));
                content(sink, c.contentId(c.oldVersionRow(k, v)), type, TextMill.summary(r), v + 1, author, created, author, modified,
                        r.nextInt(3) == 0 ? "v" + (v + 1) : "", current, "current", null, c.spaceIds.id(c.spaceOf(k)), null, null, null, null);
            }
        }
        for (int k = 0; k < c.items; k++) {
            int comments = c.comments.count(k);
            if (comments == 0) {
                continue;
            }
            SplittableRandom r = Rng.stream(w.seed, T_COMMENT, k);
            LocalDateTime created = itemCreated(w, k);
            long page = c.contentId(c.itemRow(k));
            for (int n = 0; n < comments; n++) {
                String author = author(w, r);
                LocalDateTime at = created.plusMinutes(30L * n + r.nextInt(30));
                Long replyTo = n > 0 && r.nextInt(3) == 0 ? c.contentId(c.commentRow(k, r.nextInt(n))) : null;
                content(sink, c.contentId(c.commentRow(k, n)), "COMMENT", null, 1, author, at, author, at, null, null, "current", page, null, null,
                        null, replyTo, null);
            }
        }
        for (int k = 0; k < c.items; k++) {
            int attachments = c.attachments.count(k);
            if (attachments == 0) {
                continue;
            }
            SplittableRandom r = Rng.stream(w.seed, T_ATTACHMENT, k);
            LocalDateTime created = itemCreated(w, k);
            long page = c.contentId(c.itemRow(k));
            for (int a = 0; a < attachments; a++) {
                String author = author(w, r);
                String name = FILE_NAMES[(a + k) % FILE_NAMES.length];
                String title = a < FILE_NAMES.length ? name : (a / FILE_NAMES.length + 1) + " - " + name;
                LocalDateTime at = created.plusMinutes(10L * a + r.nextInt(10));
                content(sink, c.contentId(c.attachmentRow(k, a)), "ATTACHMENT", title, 1, author, at, author, at, "", null, "current", page,
                        c.spaceIds.id(c.spaceOf(k)), null, null, null, null);
            }
        }
    }

    private static void content(RowSink sink, long id, String type, String title, int version, String creator, LocalDateTime created,
            String modifier, LocalDateTime modified, String versionComment, Long prevver, String status, Long pageId, Long spaceId,
            Integer childPosition, Long parentId, Long parentCommentId, String username) throws SQLException {
        sink.row(id, 0, type, title, title == null ? null : title.toLowerCase(Locale.ROOT), version, creator, created, modifier, modified,
                versionComment, prevver, status, pageId, spaceId, childPosition, parentId, null, null, null, null, null, null, null,
                parentCommentId, username);
    }

    static final SampleTable BODYCONTENT = new SampleTable(
            TableShape.confluence("bodycontent")
                    .notNull("bodycontentid", BIGINT).col("body", TEXT).col("contentid", BIGINT).col("bodytypeid", SMALLINT)
                    .primaryKey("bodycontentid").index("body_content_idx", "contentid").build(),
            w -> w.confluence().bodyRows(),
            ConfluenceContentTables::writeBodies);

    /** Bodies in the order of {@link ConfluenceLayout#bodyRows()}: space descriptions, pages and blogs, old versions, comments. */
    private static void writeBodies(SampleWorld w, RowSink sink) throws SQLException {
        ConfluenceLayout c = w.confluence();
        long row = 0;
        for (int s = 0; s < c.spaces; s++) {
            String body = s % 4 == 1 ? "" : "<p>Space for " + TextMill.escapeXml(JiraProjects.name(s)) + ".</p>";
            sink.row(c.bodyIds.id(row++), body, c.contentId(c.spaceDescriptionRow(s)), 2);
        }
        for (int k = 0; k < c.items; k++) {
            SplittableRandom r = Rng.stream(w.seed, T_BODY, k);
            String body = k == 0 ? TextMill.longText(r, EdgeValues.HUGE_PAGE_BODY, true)
                    : k <= 2 ? TextMill.longText(r, EdgeValues.LONG_TEXT, true)
                    : TextMill.pageBody(r, 2 + r.nextInt(10));
            sink.row(c.bodyIds.id(row++), body, c.contentId(c.itemRow(k)), 2);
        }
        for (int k = 0; k < c.items; k++) {
            SplittableRandom r = Rng.stream(w.seed, ~T_BODY, k);
            for (int v = 0, n = c.oldVersions.count(k); v < n; v++) {
                // the oldest versions of old pages are still in wiki markup (body type 0)
                boolean wiki = v == 0 && k % 5 == 0;
                String body = wiki ? "h1. Draft\n* " + TextMill.sentence(r) + "\r\n* " + TextMill.word(r) : TextMill.pageBody(r, 1 + r.nextInt(4));
                sink.row(c.bodyIds.id(row++), body, c.contentId(c.oldVersionRow(k, v)), wiki ? 0 : 2);
            }
        }
        long comment = 0;
        for (int k = 0; k < c.items; k++) {
            int n = c.comments.count(k);
            if (n == 0) {
                continue;
            }
            SplittableRandom r = Rng.stream(w.seed, T_BODY ^ 0x5DEECE66DL, k);
            for (int m = 0; m < n; m++, comment++) {
                String body;
                if (comment < EdgeValues.SUMMARIES.size()) {
                    String edge = EdgeValues.SUMMARIES.get((int) comment);
                    body = edge == null ? null : "<p>" + TextMill.escapeXml(edge) + "</p>";
                } else {
                    body = "<p>" + TextMill.escapeXml(TextMill.sentence(r)) + "</p>";
                }
                sink.row(c.bodyIds.id(row++), body, c.contentId(c.commentRow(k, m)), 2);
            }
        }
    }

    static final SampleTable CONFANCESTORS = new SampleTable(
            TableShape.confluence("confancestors")
                    .notNull("descendentid", BIGINT).notNull("ancestorposition", INTEGER).notNull("ancestorid", BIGINT)
                    .primaryKey("descendentid", "ancestorposition").index("c_ancestorid_idx", "ancestorid").build(),
            w -> w.confluence().ancestorRows,
            (w, sink) -> {
                ConfluenceLayout c = w.confluence();
                int[] chain = new int[64];
                for (int k = 0; k < c.items; k++) {
                    int depth = c.depthOf(k);
                    if (depth == 0) {
                        continue;
                    }
                    int at = k;
                    for (int d = depth - 1; d >= 0; d--) {
                        at = c.parentOf(at);
                        chain[d] = at;
                    }
                    long page = c.contentId(c.itemRow(k));
                    for (int position = 0; position < depth; position++) {
                        sink.row(page, position, c.contentId(c.itemRow(chain[position])));
                    }
                }
            });

    private static final byte[][] MAGIC = {
        {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, {'%', 'P', 'D', 'F', '-', '1', '.', '7'}, {'P', 'K', 3, 4}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    };

    static final SampleTable ATTACHMENTDATA = new SampleTable(
            TableShape.confluence("attachmentdata")
                    .notNull("attachmentdataid", BIGINT).withDefault("hibernateversion", INTEGER, true, "0").notNull("attversion", INTEGER)
                    .col("data", BYTEA).notNull("attachmentid", BIGINT)
                    .primaryKey("attachmentdataid").uniqueIndex("attachmentdata_attachmentid_key", "attachmentid")
                    .index("attch_idver_idx", "attversion", "attachmentid").build(),
            w -> w.confluence().attachments.total(),
            (w, sink) -> {
                ConfluenceLayout c = w.confluence();
                long row = 0;
                for (int k = 0; k < c.items; k++) {
                    for (int a = 0, n = c.attachments.count(k); a < n; a++, row++) {
                        sink.row(c.attachmentDataIds.id(row), 0, 1, bytes(w, row), c.contentId(c.attachmentRow(k, a)));
                    }
                }
            });

    /** Row 0 holds every byte value 0x00–0xFF, row 1 is empty, row 2 NULL, row 3 is 300 kB; the rest look like small files. */
    private static byte[] bytes(SampleWorld w, long row) {
        if (row == 0) {
            byte[] all = new byte[1024];
            for (int i = 0; i < all.length; i++) {
                all[i] = (byte) i;
            }
            return all;
        }
        if (row == 1) {
            return new byte[0];
        }
        if (row == 2) {
            return null;
        }
        SplittableRandom r = Rng.stream(w.seed, T_DATA, row);
        int size = row == 3 ? 300_000 : 16 + Rng.geometric(r.nextLong(), 600, 16_384);
        byte[] data = new byte[size];
        r.nextBytes(data);
        byte[] magic = MAGIC[(int) (row % MAGIC.length)];
        System.arraycopy(magic, 0, data, 0, Math.min(magic.length, size));
        return data;
    }
}
