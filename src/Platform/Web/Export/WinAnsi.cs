using System.Text;

namespace Pamong.Platform.Web.Export;

/// <summary>
/// WinAnsiEncoding (Windows-1252), the encoding of the PDF standard fonts: Indonesian text fits in it
/// entirely; typographic look-alikes are mapped to their plain forms and anything else becomes '?'.
/// </summary>
public static class WinAnsi
{
    // 0x80–0x9F: the characters Windows-1252 puts where Latin-1 has control codes (0x81, 0x8D, 0x8F, 0x90, 0x9D are unused).
    private const string UpperChars = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
    private static readonly byte[] UpperCodes =
        [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F];

    // Characters outside the encoding that have an obvious plain form (≥ is common in targets: "indeks ≥ 4,2").
    private static readonly Dictionary<char, string> LookAlikes = new (char Char, string Plain)[]
    {
        ('\t', " "), ('\u2010', "-"), ('\u2011', "-"), ('\u2012', "-"), ('\u2212', "-"), ('\u2032', "'"), ('\u2033', "\""),
        ('\u2264', "<="), ('\u2265', ">="), ('\u2192', "->"), ('\u2190', "<-"),
    }.Concat("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F".Select(space => (space, " ")))
        .ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>The byte that stands for <paramref name="c"/>, or null when the encoding has no such character.</summary>
    public static byte? Code(char c)
    {
        if (c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF')
        {
            return (byte)c;
        }

        var upper = UpperChars.IndexOf(c, StringComparison.Ordinal);
        return upper >= 0 ? UpperCodes[upper] : null;
    }

    /// <summary>
    /// The text as it will print: composed (NFC), look-alikes replaced, every character the encoding
    /// lacks (including each half of a surrogate pair) replaced by '?'. Line breaks are kept.
    /// </summary>
    public static string Clean(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (c == '\r' && i + 1 < composed.Length && composed[i + 1] == '\n')
            {
                continue;
            }

            if (LookAlikes.TryGetValue(c, out var plain))
            {
                clean.Append(plain);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < composed.Length && char.IsLowSurrogate(composed[i + 1]))
            {
                i++;
            }

            clean.Append(c is '\r' or '\n' ? '\n' : Code(c) is not null ? c : '?');
        }

        return clean.ToString();
    }

    /// <summary>The bytes of a cleaned text (see <see cref="Clean"/>); line breaks are not encoded.</summary>
    public static byte[] Encode(string cleanText) => cleanText.Where(c => c != '\n').Select(c => Code(c) ?? (byte)'?').ToArray();
}
