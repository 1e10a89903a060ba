using Microsoft.Extensions.Options;

namespace Pamong.Platform.People;

/// <summary>Masks NIK, KK numbers and names following <see cref="MaskingOptions"/> (UU 27/2022: show no more than needed).</summary>
public sealed class PersonalDataMask(IOptions<MaskingOptions> options)
{
    /// <summary>"3510155705900001" → "3510********0001" with the default options; shorter inputs are masked entirely.</summary>
    public string Number(string? digits)
    {
        var text = digits ?? "";
        var o = options.Value;
        var start = Math.Max(0, o.KeepStart);
        var end = Math.Max(0, o.KeepEnd);
        if (text.Length <= start + end)
        {
            return new string(o.MaskCharacter, text.Length);
        }

        return string.Concat(text.AsSpan(0, start), new string(o.MaskCharacter, text.Length - start - end), text.AsSpan(text.Length - end));
    }

    /// <summary>"Siti Rahayu" → "S*** R*****": the first letter of every word.</summary>
    public string Name(string? name) =>
        string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word[..1] + new string(options.Value.MaskCharacter, word.Length - 1)));
}
