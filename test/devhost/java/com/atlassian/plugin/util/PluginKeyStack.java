package com.atlassian.plugin.util;

/**
 * Run-time stand-in for the plugin framework's PluginKeyStack, which the real AO EntityManager
 * 6.x asks for the calling plugin's key (to tag its metrics, see Metrics). The dev host runs one
 * plugin.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return "io.tablewise.exporter";
    }
}
