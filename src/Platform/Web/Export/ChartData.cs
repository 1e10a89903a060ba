using System.Globalization;

namespace Pamong.Platform.Web.Export;

/// <summary>What a chart shows: a label per category and one or more series with a value (or none) per label.</summary>
public sealed record ChartData(IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, double Max = 5)
{
    /// <summary>Series colours in order, each with at least 4.5:1 contrast on white.</summary>
    public static readonly IReadOnlyList<RgbColor> Palette =
        [RgbColor.Hex("#0b5d3b"), RgbColor.Hex("#1a56db"), RgbColor.Hex("#8a5a00"), RgbColor.Hex("#a11d1d"), RgbColor.Hex("#5b2a86")];

    /// <summary>The distance between the scale's grid lines (1 by default: 0, 1, … Max).</summary>
    public double Step { get; init; } = 1;

    /// <summary>How values are printed (.NET number format; two decimals by default, "N0" for counts).</summary>
    public string ValueFormat { get; init; } = "0.00";

    /// <summary>A value as charts print it: two decimals in the current culture ("3,27" in Indonesian), "–" for none.</summary>
    public static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.CurrentCulture) : "–";

    /// <summary>A value in this chart's <see cref="ValueFormat"/>, "–" for none.</summary>
    public string FormatValue(double? value) => value is { } v ? v.ToString(ValueFormat, CultureInfo.CurrentCulture) : "–";

    /// <summary>A plain-language summary for screen readers: "Label: Series 3,50; Other 4,00. …".</summary>
    public string Describe() =>
        string.Join(". ", Labels.Select((label, i) =>
            label + ": " + string.Join("; ", Series.Select(s => (Series.Count > 1 ? s.Name + " " : "") + FormatValue(i < s.Values.Count ? s.Values[i] : null))))) + ".";

    public RgbColor ColorOf(int series) => Series[series].Color ?? Palette[series % Palette.Count];
}

/// <summary>One series; values 0 to <see cref="ChartData.Max"/>, null where there is no value.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, RgbColor? Color = null);
