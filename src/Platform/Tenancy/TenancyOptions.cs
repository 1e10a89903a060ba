namespace Pamong.Platform.Tenancy;

public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>The tenant a request belongs to when nothing else tells.</summary>
    public string DefaultTenant { get; set; } = "banyuwangi";
}
