package io.tablewise.devhost.sample;

/** Project names and keys; beyond the named ones, names repeat with a number ("Platform 2", PLAT2). */
final class JiraProjects {

    private JiraProjects() {
    }

    private static final String[][] NAMED = {
        {"PLAT", "Platform"}, {"MOB", "Mobile Apps"}, {"WEB", "Web Storefront"}, {"DATA", "Data Engineering"}, {"OPS", "Operations"},
        {"SEC", "Security"}, {"HR", "People & Culture"}, {"FIN", "Finance \"Ledger\" Rebuild"}, {"CS", "Customer Support"}, {"MKT", "Marketing; Brand"},
        {"API", "Public API"}, {"INFRA", "Infrastructure"}, {"QA", "Quality Assurance"}, {"DOC", "Documentation"}, {"BI", "Business Intelligence"},
        {"ETE", "Projet Été"}, {"CRM", "CRM Integration"}, {"PAY", "Payments"}, {"SRCH", "Search"}, {"ML", "Machine Learning"},
        {"IOS", "iOS"}, {"AND", "Android"}, {"DS", "Design System"}, {"LEGAL", "Legal, Risk & Compliance"}, {"IT", "IT Helpdesk"},
        {"NET", "Network"}, {"DB", "Database Team"}, {"GROW", "Growth"}, {"ONB", "Onboarding"}, {"BILL", "Billing"},
        {"JP", "日本プロジェクト"}, {"CN", "中国市场"}, {"ANL", "Analytics"}, {"SDK", "SDKs"}, {"PERF", "Performance"},
        {"ARCH", "Architecture"}, {"EDGE", "Edge Cases 🚀"}, {"REL", "Release Engineering"}, {"SUP", "Supply Chain"}, {"WH", "Warehouse"},
    };

    /** Keys are letters and digits only (Jira's default key pattern). */
    static String key(int project) {
        String key = NAMED[project % NAMED.length][0];
        int round = project / NAMED.length;
        return round == 0 ? key : key + (round + 1);
    }

    static String name(int project) {
        String name = NAMED[project % NAMED.length][1];
        int round = project / NAMED.length;
        return round == 0 ? name : name + " " + (round + 1);
    }

    /** 'software' with a board for most, some business and service-desk projects without one. */
    static String type(int project) {
        return switch (project % 10) {
            case 9 -> "business";
            case 7 -> "service_desk";
            default -> "software";
        };
    }

    static boolean scrum(int project) {
        return type(project).equals("software") && project % 3 != 2;
    }
}
