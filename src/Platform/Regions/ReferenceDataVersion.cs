using Pamong.Platform.AuditTrail;

namespace Pamong.Platform.Regions;

/// <summary>Which version of a shipped reference data set is loaded (so that start-up imports only when it changed).</summary>
[NotAudited]
public sealed class ReferenceDataVersion
{
    public string Name { get; set; } = "";
    public string Version { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
}
