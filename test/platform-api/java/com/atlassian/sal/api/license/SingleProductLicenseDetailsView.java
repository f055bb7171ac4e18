package com.atlassian.sal.api.license;

// Minimal: the reference doc names this type but lists none of its members or supertypes.
public interface SingleProductLicenseDetailsView {
}
