using Pamong.Platform.Web.Export;

namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>A level band of risk magnitudes, e.g. 11–15 "Sedang"; <see cref="Level"/> runs from 1 (lowest) to 5.</summary>
public sealed record RiskBand(int Level, string Name, int From, int To)
{
    /// <summary>Light tints from green to red, each with dark text above 10:1 contrast.</summary>
    public static readonly IReadOnlyList<RgbColor> Colours =
        [RgbColor.Hex("#c8e6c9"), RgbColor.Hex("#e6f2c2"), RgbColor.Hex("#fff0b3"), RgbColor.Hex("#fdd0a2"), RgbColor.Hex("#f5a3a3")];

    public RgbColor Colour => Colours[Level - 1];

    public bool Contains(int magnitude) => magnitude >= From && magnitude <= To;
}
