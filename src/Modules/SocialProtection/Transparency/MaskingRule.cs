using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.Transparency;

/// <summary>
/// How this Pemda masks recipients on its public pages (UU 27/2022): the NIK/KK digits kept at the start and end
/// (default "3510********0001") and the letters kept of each name word (default 1: "S*** R******"). One row per
/// Pemda; absent means the defaults.
/// </summary>
public sealed class MaskingRule : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int NumberKeepStart { get; set; } = 4;
    public int NumberKeepEnd { get; set; } = 4;
    public int NameKeepLetters { get; set; } = 1;

    /// <summary>Whether RT/RW are shown next to a recipient (never anything below RT/RW).</summary>
    public bool ShowRtRw { get; set; } = true;

    public string Mask(string? digits)
    {
        var text = digits ?? "";
        if (text.Length <= NumberKeepStart + NumberKeepEnd)
        {
            return new string('*', text.Length);
        }

        return string.Concat(text.AsSpan(0, NumberKeepStart), new string('*', text.Length - NumberKeepStart - NumberKeepEnd), text.AsSpan(text.Length - NumberKeepEnd));
    }

    public string MaskName(string? name) =>
        string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Length <= NameKeepLetters ? new string('*', word.Length) : word[..NameKeepLetters] + new string('*', word.Length - NameKeepLetters)));
}
