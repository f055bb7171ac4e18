package io.tablewise.devhost.host;

import com.atlassian.webresource.api.assembler.AssembledResources;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredData;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import com.atlassian.webresource.api.assembler.resource.ResourcePhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records what a page requires during a request; the dev host's decorator then writes the
 * matching script and style tags into the page head, as the product's decorator does.
 */
public class DevPageBuilderService implements PageBuilderService {
    /** A required web-resource ("plugin:key") or context ("context:name"). */
    public record Requirement(boolean context, String name) {
    }

    private final ThreadLocal<List<Requirement>> required = ThreadLocal.withInitial(ArrayList::new);

    /** Returns and forgets what the current request required. */
    public List<Requirement> drain() {
        List<Requirement> result = List.copyOf(required.get());
        required.remove();
        return result;
    }

    @Override
    public WebResourceAssembler assembler() {
        return new WebResourceAssembler() {
            @Override
            public AssembledResources assembled() {
                return Unsupported.except(AssembledResources.class, Map.of());
            }

            @Override
            public RequiredResources resources() {
                return new Recorder();
            }

            @Override
            public RequiredData data() {
                return Unsupported.except(RequiredData.class, Map.of());
            }

            @Override
            public WebResourceAssembler copy() {
                return this;
            }
        };
    }

    @Override
    public void seed(WebResourceAssembler assembler) {
        // One assembler per request thread already; nothing to seed.
    }

    private final class Recorder implements RequiredResources {
        private RequiredResources add(boolean context, String name) {
            required.get().add(new Requirement(context, name));
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            return add(false, moduleCompleteKey);
        }

        @Override
        public RequiredResources requireWebResource(ResourcePhase phase, String moduleCompleteKey) {
            return add(false, moduleCompleteKey);
        }

        @Override
        public RequiredResources requireModule(String moduleName) {
            throw new UnsupportedOperationException("AMD modules are not served by the dev host");
        }

        @Override
        public RequiredResources requireModule(ResourcePhase phase, String moduleName) {
            return requireModule(moduleName);
        }

        @Override
        public RequiredResources requireContext(String context) {
            return add(true, context);
        }

        @Override
        public RequiredResources requireContext(ResourcePhase phase, String context) {
            return add(true, context);
        }

        @Override
        public RequiredResources exclude(Set<String> webResources, Set<String> contexts) {
            return this;
        }

        @Override
        public RequiredResources requirePage(String page) {
            throw new UnsupportedOperationException("Page resources are not served by the dev host");
        }

        @Override
        public RequiredResources requirePage(ResourcePhase phase, String page) {
            return requirePage(page);
        }

        @Override
        public RequiredResources excludeSuperbatch() {
            return this;
        }

        @Override
        public RequiredResources requireSuperbatch(ResourcePhase phase) {
            return this;
        }
    }
}
