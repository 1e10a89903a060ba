using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Risks.Matrix;

/// <summary>The Pemda's risk matrix: its own cells and bands when it has localised them, otherwise the regulation's default.</summary>
public sealed class RiskMatrixStore(SpbeDb db, IStringLocalizer<RiskText> text)
{
    private RiskMatrix? _matrix;

    public async Task<bool> IsLocalisedAsync(CancellationToken ct) =>
        await db.RiskMatrixCells.CountAsync(ct) == RiskMatrix.Levels * RiskMatrix.Levels && await db.RiskBands.CountAsync(ct) == RiskMatrix.Levels;

    public async Task<RiskMatrix> LoadAsync(CancellationToken ct)
    {
        if (_matrix is not null)
        {
            return _matrix;
        }

        if (!await IsLocalisedAsync(ct))
        {
            return _matrix = RiskMatrix.Default;
        }

        var cells = new int[RiskMatrix.Levels, RiskMatrix.Levels];
        foreach (var cell in await db.RiskMatrixCells.AsNoTracking().ToListAsync(ct))
        {
            cells[cell.Likelihood - 1, cell.Impact - 1] = cell.Magnitude;
        }

        var bands = await db.RiskBands.AsNoTracking().OrderBy(b => b.Level).Select(b => new { b.Name, b.FromMagnitude }).ToListAsync(ct);
        return _matrix = new RiskMatrix(cells, bands.Select(b => (b.Name, b.FromMagnitude)).ToList());
    }

    public async Task<Outcome<RiskMatrix>> SaveAsync(MatrixInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var cells = new int[RiskMatrix.Levels, RiskMatrix.Levels];
        for (var l = 1; l <= RiskMatrix.Levels; l++)
        {
            for (var i = 1; i <= RiskMatrix.Levels; i++)
            {
                var value = input.Magnitudes.ElementAtOrDefault(l - 1)?.ElementAtOrDefault(i - 1);
                if (value is null)
                {
                    errors.Add(Cell(l, i), text["CellRequired", l, i]);
                }

                cells[l - 1, i - 1] = value ?? 0;
            }
        }

        var bands = input.Bands.Select(b => ((b.Name ?? "").Trim(), b.From ?? 0)).ToList();
        if (!errors.Any)
        {
            foreach (var problem in RiskMatrix.Problems(cells, bands))
            {
                var (field, message) = problem.Code switch
                {
                    "cell_out_of_range" => (Cell(problem.Likelihood, problem.Impact), text["CellOutOfRange", problem.Likelihood, problem.Impact]),
                    "not_rising_with_impact" => (Cell(problem.Likelihood, problem.Impact), text["CellNotRisingWithImpact", problem.Likelihood, problem.Impact]),
                    "not_rising_with_likelihood" => (Cell(problem.Likelihood, problem.Impact), text["CellNotRisingWithLikelihood", problem.Likelihood, problem.Impact]),
                    "band_name" => (Band(problem.Likelihood, "Name"), text["BandNameRequired", problem.Likelihood]),
                    "band_from" => (Band(problem.Likelihood, "From"), text["BandFromInvalid", problem.Likelihood]),
                    _ => ("Bands", text["BandsCount"].Value),
                };
                errors.Add(field, message);
            }
        }

        if (errors.Any)
        {
            return Refusal.Invalid("matrix_invalid", text["MatrixInvalid"], errors.ToDictionary());
        }

        // Changed in place, so that the audit trail records exactly the cells and bands that changed.
        var existingCells = await db.RiskMatrixCells.ToDictionaryAsync(c => (c.Likelihood, c.Impact), ct);
        for (var l = 1; l <= RiskMatrix.Levels; l++)
        {
            for (var i = 1; i <= RiskMatrix.Levels; i++)
            {
                if (!existingCells.TryGetValue((l, i), out var cell))
                {
                    db.RiskMatrixCells.Add(cell = new RiskMatrixCell { Likelihood = l, Impact = i });
                }

                cell.Magnitude = cells[l - 1, i - 1];
            }
        }

        var existingBands = await db.RiskBands.ToDictionaryAsync(b => b.Level, ct);
        for (var b = 0; b < bands.Count; b++)
        {
            if (!existingBands.TryGetValue(b + 1, out var band))
            {
                db.RiskBands.Add(band = new RiskBandSetting { Level = b + 1 });
            }

            (band.Name, band.FromMagnitude) = bands[b];
        }

        await db.SaveChangesAsync(ct);
        _matrix = null;
        return await LoadAsync(ct);
    }

    /// <summary>Back to the regulation's default matrix.</summary>
    public async Task ResetAsync(CancellationToken ct)
    {
        db.RiskMatrixCells.RemoveRange(await db.RiskMatrixCells.ToListAsync(ct));
        db.RiskBands.RemoveRange(await db.RiskBands.ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        _matrix = null;
    }

    /// <summary>The field of a cell, as the form and the API name it: "Magnitudes[2][3]" is likelihood 3, impact 4.</summary>
    public static string Cell(int likelihood, int impact) =>
        string.Create(CultureInfo.InvariantCulture, $"Magnitudes[{likelihood - 1}][{impact - 1}]");

    private static string Band(int level, string part) => string.Create(CultureInfo.InvariantCulture, $"Bands[{level - 1}].{part}");
}
