using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Transparency;

internal static class TransparencyRules
{
    /// <summary>Whether a village lies in the current Pemda's region (a Pemda publishes only its own villages).</summary>
    public static bool InPemda(string villageCode, TenantDirectory tenants, CurrentTenant tenant) =>
        tenants.Find(tenant.Id) is { } pemda && villageCode.StartsWith(pemda.RegionCode + ".", StringComparison.Ordinal);
}
