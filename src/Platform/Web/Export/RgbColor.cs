using System.Globalization;

namespace Pamong.Platform.Web.Export;

/// <summary>A colour for the export writers and charts, written "#0b5d3b" in SVG and "0.043 0.365 0.231 rg" in PDF.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    public static readonly RgbColor Black = new(0, 0, 0);
    public static readonly RgbColor White = new(255, 255, 255);

    /// <summary>Reads "#rrggbb" (the leading # is optional).</summary>
    public static RgbColor Hex(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a #rrggbb colour.");
        }

        return new((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>The colour mixed with white; <paramref name="amount"/> 0 keeps it, 1 gives white.</summary>
    public RgbColor Lighten(double amount) => new(Mix(R, amount), Mix(G, amount), Mix(B, amount));

    private static byte Mix(byte channel, double amount) => (byte)Math.Round(channel + ((255 - channel) * Math.Clamp(amount, 0, 1)));
}
