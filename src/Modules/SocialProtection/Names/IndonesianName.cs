using System.Text;

namespace Pamong.SocialProtection.Names;

/// <summary>
/// Brings the many ways an Indonesian name is written to one comparable form, so that "Drs. H. Moch. Djoko
/// Soetrisno" and "Muhammad Joko Sutrisno" meet. The rules (documented with examples in
/// docs/modules/perlinsos-names.md), in order:
/// <list type="number">
/// <item>Upper case; apostrophes removed (MA'RUF → MARUF); every other character that is not a letter splits words,
/// but a dot or comma is remembered to recognise titles and degrees.</item>
/// <item>Titles before the name are dropped while they lead (H., Hj., Drs., Dra., Ir., Dr., Prof., K.H., Ny., ...).</item>
/// <item>Degrees after the name are dropped (S.Pd., S.E., S.H., M.Pd., A.Md., ...), with or without dots or a comma.</item>
/// <item>Abbreviations are written out: M. (first word only), Moh., Moch., Mochammad, Muh., Muhd., Mohd. → MUHAMMAD;
/// Noer/Nur → NUR; Abd. → ABDUL.</item>
/// <item>Old spelling (before 1972) is modernised: oe → u, dj → j, tj → c, sj → sy, ch → kh; nj → ny at the start of a word;
/// j → y only in a word that shows another old spelling (SOEJONO → SUYONO, DJAJADI → JAYADI) or is a known
/// old-spelling name (JUSUF, JAHJA, ...), because j is also modern (JOKO must stay JOKO).</item>
/// <item>Words joined by single spaces. A name made only of titles keeps its words (nothing is dropped to empty).</item>
/// </list>
/// </summary>
public static class IndonesianName
{
    private static readonly HashSet<string> Titles =
    [
        "H", "HJ", "HAJI", "HAJJAH", "DRS", "DRA", "IR", "DR", "DRG", "PROF", "KH", "KYAI", "KIAI", "NY", "NYI",
        "TN", "SDR", "SDRI", "BPK", "BAPAK", "IBU", "USTADZ", "USTAD", "USTADZAH", "HABIB",
    ];

    private static readonly HashSet<string> Degrees =
    [
        "SPD", "SPDI", "SPDSD", "SE", "SEI", "SH", "SHI", "SAG", "SKOM", "SKM", "SKEP", "SKED", "SSOS", "SIP", "SST", "STP", "SP",
        "SPT", "SS", "SSI", "ST", "SIKOM", "SFARM", "SGZ", "STR", "SAK", "SPSI", "SHUT", "SSTP", "SIKM", "NERS",
        "MPD", "MPDI", "MM", "MSI", "MAG", "MH", "MT", "MKES", "MKOM", "MAP", "MSC", "MA", "MKN", "MSE", "MEK",
        "AMD", "AMDKEP", "AMKEP", "AMDKEB", "AMKEB", "AMA", "AMAPD", "AMPD", "AMDGZ", "AMDAK", "AMDKOM",
        "BA", "BSC", "MBA", "PHD", "SPOG", "SPA", "SPB", "SPPD", "MKED", "DRSTAF",
    ];

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["MOH"] = "MUHAMMAD",
        ["MOCH"] = "MUHAMMAD",
        ["MOKH"] = "MUHAMMAD",
        ["MUH"] = "MUHAMMAD",
        ["MUHD"] = "MUHAMMAD",
        ["MOHD"] = "MUHAMMAD",
        ["MHD"] = "MUHAMMAD",
        ["MOCHAMAD"] = "MUHAMMAD",
        ["MOCHAMMAD"] = "MUHAMMAD",
        ["MOKHAMAD"] = "MUHAMMAD",
        ["MOKHAMMAD"] = "MUHAMMAD",
        ["MOHAMAD"] = "MUHAMMAD",
        ["MOHAMMAD"] = "MUHAMMAD",
        ["MOHAMMED"] = "MUHAMMAD",
        ["MOHAMED"] = "MUHAMMAD",
        ["MUHAMAD"] = "MUHAMMAD",
        ["MUCHAMAD"] = "MUHAMMAD",
        ["MUCHAMMAD"] = "MUHAMMAD",
        ["MUKHAMAD"] = "MUHAMMAD",
        ["MUKHAMMAD"] = "MUHAMMAD",
        ["MUHAMMED"] = "MUHAMMAD",
        ["MOCHAMMED"] = "MUHAMMAD",
        ["MUCH"] = "MUHAMMAD",
        ["MUKH"] = "MUHAMMAD",
        ["NOER"] = "NUR",
        ["NUUR"] = "NUR",
        ["NOOR"] = "NUR",
        ["ABD"] = "ABDUL",
        ["ABDOEL"] = "ABDUL",
    };

    /// <summary>Names whose j is the old spelling of y although nothing else in them is old.</summary>
    private static readonly HashSet<string> OldJNames = ["JUSUF", "JAHJA", "JAKUB", "JUNUS", "JASIN", "JAHYA", "JAKOB", "JOHANA"];

    /// <summary>The normalised form, e.g. "Drs. H. Moch. Djoko Soetrisno, S.Pd." → "MUHAMMAD JOKO SUTRISNO".</summary>
    public static string Normalize(string? name)
    {
        var words = Split(name);
        if (words.Count == 0)
        {
            return "";
        }

        var kept = DropTitlesAndDegrees(words);
        var result = new StringBuilder(name!.Length);
        for (var i = 0; i < kept.Count; i++)
        {
            var word = Modernise(kept[i].Text, first: i == 0 && kept.Count > 1);
            if (word.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(word);
        }

        return result.ToString();
    }

    private readonly record struct Word(string Text, bool Dotted, bool AfterComma);

    private static List<Word> Split(string? name)
    {
        var words = new List<Word>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return words;
        }

        var afterComma = false;
        foreach (var part in name.Replace(",", " , ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ",")
            {
                afterComma = true;
                continue;
            }

            // "S.Pd.I", "A.Md.Kep", "K.H.": a chunk that reads as one title or degree without its dots stays one word.
            var letters = Letters(part);
            if (part.Contains('.', StringComparison.Ordinal) && (Degrees.Contains(letters) || Titles.Contains(letters)))
            {
                words.Add(new Word(letters, true, afterComma));
                continue;
            }

            var current = new StringBuilder();
            foreach (var raw in part)
            {
                var c = char.ToUpperInvariant(raw);
                if (char.IsLetter(c))
                {
                    current.Append(Fold(c));
                }
                else if (c is '\'' or '`' or '\u2019' or '\u2018')
                {
                    // Ma'ruf, Syafi'i: the apostrophe is not written consistently; drop it inside the word.
                }
                else if (current.Length > 0)
                {
                    words.Add(new Word(current.ToString(), c == '.', afterComma));
                    current.Clear();
                }
            }

            if (current.Length > 0)
            {
                words.Add(new Word(current.ToString(), false, afterComma));
            }
        }

        return words;
    }

    private static string Letters(string part)
    {
        var text = new StringBuilder(part.Length);
        foreach (var c in part)
        {
            if (char.IsLetter(c))
            {
                text.Append(Fold(char.ToUpperInvariant(c)));
            }
        }

        return text.ToString();
    }

    private static List<Word> DropTitlesAndDegrees(List<Word> words)
    {
        var start = 0;
        while (start < words.Count - 1 && Titles.Contains(words[start].Text))
        {
            start++;
        }

        var end = words.Count;
        while (end - 1 > start && IsDegree(words[end - 1]))
        {
            end--;
        }

        return words.GetRange(start, end - start);
    }

    private static bool IsDegree(Word word) =>
        Degrees.Contains(word.Text) && (word.Dotted || word.AfterComma || word.Text.Length >= 3)
        || word.AfterComma && Titles.Contains(word.Text);

    private static string Modernise(string word, bool first)
    {
        if (word == "M")
        {
            return first ? "MUHAMMAD" : word;
        }

        if (Abbreviations.TryGetValue(word, out var full))
        {
            return full;
        }

        var spelled = OldSpelling(word);
        return Abbreviations.GetValueOrDefault(spelled, spelled);
    }

    /// <summary>oe → u, dj → j, tj → c, sj → sy, ch → kh, nj → ny (word start, or in an old-spelled word), j → y (old-spelled words).</summary>
    internal static string OldSpelling(string word)
    {
        var old = word.Contains("OE", StringComparison.Ordinal) || word.Contains("DJ", StringComparison.Ordinal)
            || word.Contains("TJ", StringComparison.Ordinal) || word.Contains("SJ", StringComparison.Ordinal)
            || OldJNames.Contains(word);
        var text = new StringBuilder(word.Length + 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            switch (c)
            {
                case 'O' when next == 'E':
                    text.Append('U');
                    i++;
                    break;
                case 'D' when next == 'J':
                    text.Append('J');
                    i++;
                    break;
                case 'T' when next == 'J':
                    text.Append('C');
                    i++;
                    break;
                case 'S' when next == 'J':
                    text.Append("SY");
                    i++;
                    break;
                case 'C' when next == 'H':
                    text.Append("KH");
                    i++;
                    break;
                case 'N' when next == 'J' && (i == 0 || old):
                    text.Append("NY");
                    i++;
                    break;
                case 'J' when old:
                    text.Append('Y');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    private static char Fold(char c) => c switch
    {
        'À' or 'Á' or 'Â' or 'Ä' or 'Ã' => 'A',
        'È' or 'É' or 'Ê' or 'Ë' => 'E',
        'Ì' or 'Í' or 'Î' or 'Ï' => 'I',
        'Ò' or 'Ó' or 'Ô' or 'Ö' or 'Õ' => 'O',
        'Ù' or 'Ú' or 'Û' or 'Ü' => 'U',
        _ => c,
    };
}
