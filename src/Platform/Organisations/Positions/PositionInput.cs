namespace Pamong.Platform.Organisations.Positions;

/// <summary>What an administrator enters for a position (jabatan).</summary>
public sealed class PositionInput
{
    public string? Name { get; set; }

    /// <summary>Optional, e.g. "Eselon III.a".</summary>
    public string? Grade { get; set; }

    public bool Active { get; set; } = true;
}
