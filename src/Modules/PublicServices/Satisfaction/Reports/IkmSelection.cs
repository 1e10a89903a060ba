using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pamong.Platform.Localization;
using Pamong.PublicServices.Statistics;

namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>
/// What the IKM pages show for <c>?unit=&amp;from=&amp;to=</c>: the chosen unit's (or every unit's) result in the
/// period and the units that have results. Bad dates or an unknown unit are reported on the page's model state
/// and the defaults are shown instead.
/// </summary>
public sealed class IkmSelection(IkmResults results, TimeProvider clock)
{
    public sealed record View(string? Unit, Period Period, IkmResult Result, IReadOnlyList<IkmResult> Units);

    public async Task<View> LoadAsync(string? unit, string? from, string? to, ModelStateDictionary modelState, string allUnits, CancellationToken ct)
    {
        var today = clock.WibToday();
        var parsed = Period.Parse(from, to, today);
        if (parsed.Refusal is { } refusal)
        {
            refusal.CopyTo(modelState, "");
        }

        var period = parsed.Value ?? Period.Parse(null, null, today).Value!;
        var code = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        var name = allUnits;
        if (code is not null)
        {
            if (await results.UnitAsync(code, ct) is { } found)
            {
                name = found.Name;
            }
            else
            {
                modelState.AddModelError("unit", $"Unit \"{code}\" tidak dikenal.");
                code = null;
            }
        }

        var result = await results.ForUnitAsync(code, name, period, ct);
        return new View(code, period, result, await results.PerUnitAsync(period, ct));
    }
}
