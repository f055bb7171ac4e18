package io.tablewise.tables;

/**
 * Quoted identifiers for SQL text. Only names taken from the catalog come here, and they are
 * always quoted (doubling the quote character inside), so case and odd characters survive and
 * nothing in a name can end the identifier.
 */
final class SqlNames {
    private final String quote;
    private final String schema;

    SqlNames(String quote, String schema) {
        // A driver reports " " when the database cannot quote; every supported one can.
        this.quote = quote == null || quote.isBlank() ? "\"" : quote.trim();
        this.schema = schema;
    }

    String identifier(String name) {
        return quote + name.replace(quote, quote + quote) + quote;
    }

    String table(String name) {
        return schema == null ? identifier(name) : identifier(schema) + "." + identifier(name);
    }
}
