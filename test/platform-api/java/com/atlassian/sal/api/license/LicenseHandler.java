package com.atlassian.sal.api.license;

import com.atlassian.sal.api.i18n.InvalidOperationException;
import com.atlassian.sal.api.validate.MultipleLicensesValidationResult;
import com.atlassian.sal.api.validate.ValidationResult;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;

public interface LicenseHandler {
    @Nullable
    String getServerId();

    @Deprecated
    void setLicense(String license);

    boolean hostAllowsMultipleLicenses();

    boolean hostAllowsCustomProducts();

    Set<String> getProductKeys();

    void addProductLicense(@Nonnull String productKey, @Nonnull String license) throws InvalidOperationException;

    void addProductLicenses(@Nonnull Set<RawProductLicense> licenses) throws InvalidOperationException;

    void removeProductLicense(@Nonnull String productKey) throws InvalidOperationException;

    @Nonnull
    ValidationResult validateProductLicense(@Nonnull String productKey, @Nonnull String license, @Nullable Locale locale);

    @Nonnull
    MultipleLicensesValidationResult validateMultipleProductLicenses(
            @Nonnull Set<RawProductLicense> licenses, @Nullable Locale locale);

    @Nullable
    @Deprecated
    String getSupportEntitlementNumber();

    @Nonnull
    SortedSet<String> getAllSupportEntitlementNumbers();

    @Nullable
    String getRawProductLicense(String productKey);

    @Nullable
    SingleProductLicenseDetailsView getProductLicenseDetails(@Nonnull String productKey);

    @Nonnull
    Collection<MultiProductLicenseDetails> getAllProductLicenses();

    @Nonnull
    MultiProductLicenseDetails decodeLicenseDetails(@Nonnull String license);
}
