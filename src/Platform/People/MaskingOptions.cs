namespace Pamong.Platform.People;

/// <summary>
/// How personal identifiers and names are masked where the full value must not be shown (lists, exports,
/// public pages). Configuration section "People:Masking". The defaults give "3510********0001" and "S*** R******".
/// </summary>
public sealed class MaskingOptions
{
    public const string Section = "People:Masking";

    /// <summary>Leading NIK/KK digits left visible (the province and regency).</summary>
    public int KeepStart { get; set; } = 4;

    /// <summary>Trailing NIK/KK digits left visible (the serial).</summary>
    public int KeepEnd { get; set; } = 4;

    public char MaskCharacter { get; set; } = '*';
}
