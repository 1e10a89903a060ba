namespace Pamong.Platform.Organisations.Units;

/// <summary>What an administrator enters for an OPD (dinas, badan, bagian).</summary>
public sealed class OpdInput
{
    /// <summary>Unique in the Pemda: upper-case letters, digits and hyphens, e.g. "DISKOMINFO".</summary>
    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool Active { get; set; } = true;
}
