package io.tablewise.analytics;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host products' own tables, the only table names analytics may name. They are the
 * vendor's schema, identical on every instance, so naming them says nothing about a customer;
 * any other table (another app's {@code AO_} table, a table a customer created) could, and is
 * reported only as {@code ao_other} or {@code other}. Adding a table here adds an event name,
 * which the vocabulary fixture test makes a deliberate, reviewed change.
 */
public final class CoreTables {
    private static final Set<String> JIRA = Set.of(
            "app_user", "audit_changed_value", "audit_item", "audit_log", "avatar",
            "board", "boardproject", "changegroup", "changeitem", "clusteredjob",
            "clusterlockstatus", "clustermessage", "clusternode", "clusternodeheartbeat",
            "clusterupgradestate", "columnlayout", "columnlayoutitem", "comment_pin",
            "comment_reaction", "component", "configurationcontext", "customfield",
            "customfieldoption", "customfieldvalue", "cwd_application", "cwd_application_address",
            "cwd_directory", "cwd_directory_attribute", "cwd_directory_operation", "cwd_group",
            "cwd_group_attributes", "cwd_membership", "cwd_user", "cwd_user_attributes",
            "draftworkflowscheme", "draftworkflowschemeentity", "entity_property",
            "external_entities", "externalgadget", "favouriteassociations", "feature",
            "fieldconfigscheme", "fieldconfigschemeissuetype", "fieldconfiguration", "fieldlayout",
            "fieldlayoutitem", "fieldlayoutscheme", "fieldlayoutschemeassociation",
            "fieldlayoutschemeentity", "fieldscreen", "fieldscreenlayoutitem", "fieldscreenscheme",
            "fieldscreenschemeitem", "fieldscreentab", "fileattachment", "filtersubscription",
            "gadgetuserpreference", "genericconfiguration", "globalpermissionentry", "groupbase",
            "issuelink", "issuelinktype", "issuesecurityscheme", "issuestatus", "issuetype",
            "issuetypescreenscheme", "issuetypescreenschemeentity", "jiraaction",
            "jiradraftworkflows", "jiraeventtype", "jiraissue", "jiraperms", "jiraworkflows",
            "jiraworkflowstatuses", "label", "licenserolesdefault", "licenserolesgroup",
            "listenerconfig", "mailserver", "managedconfigurationitem", "membershipbase",
            "moved_issue_key", "nodeassociation", "nodeindexcounter", "nomenclature_entries",
            "notification", "notificationinstance", "notificationscheme", "oauthconsumer",
            "oauthconsumertoken", "oauthspconsumer", "oauthsptoken", "optionconfiguration",
            "os_currentstep", "os_currentstep_prev", "os_historystep", "os_historystep_prev",
            "os_wfentry", "permissionscheme", "permissionschemeattribute", "pluginstate",
            "pluginversion", "portalpage", "portletconfiguration", "priority", "productlicense",
            "project", "project_key", "projectcategory", "projectchangedtime", "projectrole",
            "projectroleactor", "projectversion", "propertydata", "propertydate",
            "propertydecimal", "propertyentry", "propertynumber", "propertystring",
            "propertytext", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers",
            "qrtz_job_details", "qrtz_simple_triggers", "qrtz_triggers", "reindex_component",
            "reindex_request", "remembermetoken", "remotelink", "replicatedindexoperation",
            "resolution", "rundetails", "schemeissuesecurities", "schemeissuesecuritylevels",
            "schemepermissions", "searchrequest", "securityproperty", "sequence_value_item",
            "serviceconfig", "sharepermissions", "trackback_ping", "trustedapp",
            "upgradehistory", "upgradetaskhistory", "upgradetaskhistoryauditlog",
            "upgradeversionhistory", "userassociation", "userbase", "userhistoryitem",
            "userpickerfilter", "userpickerfiltergroup", "userpickerfilterrole",
            "versioncontrol", "votehistory", "workflowscheme", "workflowschemeentity", "worklog");

    private static final Set<String> CONFLUENCE = Set.of(
            "attachmentdata", "auditrecord", "background_job", "background_job_archived",
            "bandana", "bodycontent", "clustersafety", "confancestors", "confversion", "confzdu",
            "content", "content_label", "content_perm", "content_perm_set", "content_relation",
            "contentproperties", "cwd_app_dir_group_mapping", "cwd_app_dir_mapping",
            "cwd_app_dir_operation", "cwd_application", "cwd_application_address",
            "cwd_application_attribute", "cwd_directory", "cwd_directory_attribute",
            "cwd_directory_operation", "cwd_group", "cwd_group_attribute", "cwd_membership",
            "cwd_tombstone", "cwd_user", "cwd_user_attribute", "cwd_user_credential_record",
            "decorator", "diagnostics_alerts", "events", "extrnlnks", "follow_connections",
            "hibernate_unique_key", "imagedetails", "indexqueueentries", "journalentry",
            "keystore", "label", "likes", "links", "logininfo", "most_used_labels_cache",
            "notifications", "os_propertyentry", "pagetemplates", "plugindata",
            "remembermetoken", "scheduler_clustered_jobs", "scheduler_run_details", "secrets",
            "snapshots", "spacepermissions", "spaces", "trackbacklinks", "trustedapp",
            "trustedapprestriction", "user_mapping", "user_relation");

    private CoreTables() {}

    /** Lowercase names of the product's own tables. */
    public static Set<String> of(Product product) {
        return product == Product.JIRA ? JIRA : CONFLUENCE;
    }

    /** Every core table name of either product, sorted: the table part of the vocabulary. */
    static Set<String> all() {
        Set<String> all = new TreeSet<>(JIRA);
        all.addAll(CONFLUENCE);
        return all;
    }

    /**
     * The table segment of {@code tablewise.export.tables.<segment>}. Matching ignores case
     * because some databases (Oracle, quoted Confluence tables) report upper-case names.
     */
    public static String analyticsSegment(Product product, String tableName) {
        String lower = tableName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ao_")) {
            return EventName.AO_OTHER_TABLE;
        }
        return of(product).contains(lower) ? lower : EventName.OTHER_TABLE;
    }
}
