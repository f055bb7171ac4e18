package io.tablewise.devhost.sample;

/**
 * The shape of the Confluence side: spaces, a page tree per space, blog posts, old versions,
 * comments and attachments, and the content id of each. Content rows are numbered in this order:
 * user profiles, space descriptions, current pages and blogs, old versions, comments, attachments.
 */
final class ConfluenceLayout {

    private static final long T_SPACE = Rng.tag("confluence.space");
    private static final long T_PARENT = Rng.tag("confluence.parent");
    private static final long T_VERSIONS = Rng.tag("confluence.versions");
    private static final long T_COMMENTS = Rng.tag("confluence.comments");
    private static final long T_ATTACHMENTS = Rng.tag("confluence.attachments");
    private static final long T_USER_KEY = Rng.tag("user_mapping");
    private static final int MAX_DEPTH = 8;
    private static final int RECENT = 16;

    final int items;
    final int spaces;
    final int users;
    private final int[] space;
    private final int[] parent;
    private final byte[] depth;
    private final boolean[] blog;
    final Children oldVersions;
    final Children comments;
    final Children attachments;
    final long ancestorRows;

    private final String[] userKeys;
    final HiLoIds contentIds;
    final HiLoIds bodyIds;
    final HiLoIds spaceIds;
    final HiLoIds attachmentDataIds;

    ConfluenceLayout(SampleWorld world) {
        this.items = world.confluenceItems;
        this.spaces = world.spaces;
        this.users = world.confluenceUsers;
        this.space = new int[items];
        this.parent = new int[items];
        this.depth = new byte[items];
        this.blog = new boolean[items];
        int[][] recent = new int[spaces][RECENT];
        int[] recentCount = new int[spaces];
        long ancestors = 0;
        for (int k = 0; k < items; k++) {
            long h = world.hash(T_SPACE, k);
            if (k < spaces) {
                // the first page of each space is its home page and the root of its tree
                space[k] = k;
                parent[k] = -1;
            } else {
                space[k] = Rng.below(h, spaces);
                blog[k] = Rng.unit(Rng.mix(h)) < Proportions.BLOG_SHARE;
                parent[k] = blog[k] ? -1 : chooseParent(world.hash(T_PARENT, k), space[k], recent[space[k]], recentCount[space[k]]);
            }
            depth[k] = parent[k] < 0 ? 0 : (byte) (depth[parent[k]] + 1);
            ancestors += depth[k];
            if (!blog[k]) {
                int s = space[k];
                recent[s][recentCount[s]++ % RECENT] = k;
            }
        }
        this.ancestorRows = ancestors;
        this.userKeys = new String[users];
        for (int u = 0; u < users; u++) {
            long h = world.hash(T_USER_KEY, u);
            userKeys[u] = String.format(java.util.Locale.ROOT, "2c948083%08x%08x%04x0000", h >>> 32, (h & 0xFFFFFFFFL) ^ 0x5d5b0000L, u & 0xFFFF);
        }
        this.oldVersions = new Children(items, k -> Rng.geometric(world.hash(T_VERSIONS, k), Proportions.OLD_VERSIONS_PER_ITEM, 30));
        this.comments = new Children(items, k -> Rng.geometric(world.hash(T_COMMENTS, k), Proportions.COMMENTS_PER_ITEM, 200));
        this.attachments = new Children(items, k -> Rng.geometric(world.hash(T_ATTACHMENTS, k), Proportions.ATTACHMENTS_PER_ITEM, 60));

        long contentRows = users + spaces + items + oldVersions.total() + comments.total() + attachments.total();
        this.contentIds = new HiLoIds(4, contentRows);
        this.bodyIds = contentIds.followedBy(bodyRows());
        this.spaceIds = bodyIds.followedBy(spaces);
        this.attachmentDataIds = spaceIds.followedBy(attachments.total());
    }

    /** Mostly under a recent page of the same space (trees grow deep), sometimes under the home page or top level. */
    private int chooseParent(long h, int s, int[] recent, int recentCount) {
        double u = Rng.unit(h);
        if (u < 0.1) {
            return -1;
        }
        int candidate = u < 0.35 || recentCount == 0 ? s : recent[Rng.below(Rng.mix(h), Math.min(recentCount, RECENT))];
        return depth[candidate] >= MAX_DEPTH ? s : candidate;
    }

    /** Confluence's 32-hex user key, in the observed form '2c9480835d5b51cc015d5b529e050000'. */
    String userKey(int user) {
        return userKeys[user];
    }

    long bodyRows() {
        return spaces + items + oldVersions.total() + comments.total();
    }

    int spaceOf(int item) {
        return space[item];
    }

    boolean isBlog(int item) {
        return blog[item];
    }

    /** Parent item, or -1. */
    int parentOf(int item) {
        return parent[item];
    }

    int depthOf(int item) {
        return depth[item];
    }

    long hibernateNextHi() {
        return attachmentDataIds.nextHi();
    }

    // ---- content ids in row order ------------------------------------------------------------

    long userInfoRow(int user) {
        return user;
    }

    long spaceDescriptionRow(int s) {
        return users + (long) s;
    }

    long itemRow(int item) {
        return users + (long) spaces + item;
    }

    long oldVersionRow(int item, int version) {
        return users + (long) spaces + items + oldVersions.first(item) + version;
    }

    long commentRow(int item, int comment) {
        return users + (long) spaces + items + oldVersions.total() + comments.first(item) + comment;
    }

    long attachmentRow(int item, int attachment) {
        return users + (long) spaces + items + oldVersions.total() + comments.total() + attachments.first(item) + attachment;
    }

    long contentId(long row) {
        return contentIds.id(row);
    }
}
