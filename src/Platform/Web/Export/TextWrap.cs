namespace Pamong.Platform.Web.Export;

/// <summary>Breaks text into lines that fit a width, at spaces (and inside words only when a word alone is too wide).</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, double maxWidth, double size, bool bold = false)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (FontMetrics.Width(candidate, size, bold) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && FontMetrics.Width(line, size, bold) > maxWidth)
                {
                    var fit = FittingPrefix(line, maxWidth, size, bold);
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>At most <paramref name="maxLines"/> lines; the last one ends with "…" when text was cut.</summary>
    public static IReadOnlyList<string> Lines(string text, double maxWidth, double size, bool bold, int maxLines)
    {
        var lines = Lines(text, maxWidth, size, bold);
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && FontMetrics.Width(last + "…", size, bold) > maxWidth)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + "…";
        return kept;
    }

    private static int FittingPrefix(string word, double maxWidth, double size, bool bold)
    {
        var length = 1;
        while (length < word.Length && FontMetrics.Width(word[..(length + 1)], size, bold) <= maxWidth)
        {
            length++;
        }

        return length;
    }
}
