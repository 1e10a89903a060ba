using System.Globalization;
using Pamong.Platform.Localization;
using Pamong.SpbeAssessment.Index;

namespace Pamong.SpbeAssessment;

/// <summary>How SPBE figures are written on pages, in the current UI language (Indonesian: 3,71).</summary>
public static class SpbeFormat
{
    public const string None = "—";

    /// <summary>An index, domain or aspect value, published with 2 decimals.</summary>
    public static string Value(decimal? value) => value is { } v ? SpbeIndex.Round(v).ToString("0.00", CultureInfo.CurrentCulture) : None;

    /// <summary>A difference with its sign: +0,12 or −0,12.</summary>
    public static string Difference(decimal? value) => value switch
    {
        null => None,
        > 0 => "+" + Value(value),
        < 0 => "−" + Value(-value),
        _ => Value(0),
    };

    /// <summary>A gain in index points, with up to 4 decimals (0,0275).</summary>
    public static string Gain(decimal value) => "+" + value.ToString("0.0###", CultureInfo.CurrentCulture);

    /// <summary>An indicator's name without the "Tingkat Kematangan" every 59/2020 name starts with, for dense tables.</summary>
    public static string Brief(string name) =>
        name.StartsWith("Tingkat Kematangan ", StringComparison.OrdinalIgnoreCase) ? name["Tingkat Kematangan ".Length..] : name;

    public static string Weight(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Date(DateTime? utc) => utc is { } v ? IndonesianFormat.DateTime(v, IndonesianFormat.Wib) : None;

    public static string Number(long value) => IndonesianFormat.Number(value);

    /// <summary>A size in KB or MB.</summary>
    public static string Size(long? bytes) => bytes switch
    {
        null => None,
        < 1024 * 1024 => (bytes.Value / 1024m).ToString("0.#", CultureInfo.CurrentCulture) + " KB",
        _ => (bytes.Value / (1024m * 1024m)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
    };

    /// <summary>Reads a value typed on a page: "4,21" and "4.21" both mean 4.21 (values stay below 10, so there is no thousands separator).</summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var normalised = text.Trim().Replace(',', '.');
        if (decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>How a typed value is shown back in a field (invariant would confuse Indonesian users: use the current culture).</summary>
    public static string Field(decimal? value) => value is { } v ? v.ToString("0.####", CultureInfo.CurrentCulture) : "";
}
