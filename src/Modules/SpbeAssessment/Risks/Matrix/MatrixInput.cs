namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>
/// A localised matrix as entered: <see cref="Magnitudes"/>[likelihood − 1][impact − 1], and five bands
/// from the lowest (each with its name and lowest magnitude).
/// </summary>
public sealed class MatrixInput
{
    public List<List<int?>> Magnitudes { get; set; } = [];

    public List<BandInput> Bands { get; set; } = [];

    public static MatrixInput From(RiskMatrix matrix)
    {
        var cells = matrix.Magnitudes;
        return new MatrixInput
        {
            Magnitudes = RiskLevels.All.Select(l => RiskLevels.All.Select(i => (int?)cells[l - 1, i - 1]).ToList()).ToList(),
            Bands = matrix.Bands.Select(b => new BandInput { Name = b.Name, From = b.From }).ToList(),
        };
    }
}

public sealed class BandInput
{
    public string? Name { get; set; }
    public int? From { get; set; }
}
