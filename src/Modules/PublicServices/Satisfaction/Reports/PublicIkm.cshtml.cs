using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>/layanan/ikm: the published satisfaction index per unit and period, for anyone (aggregates only).</summary>
public sealed class PublicIkmModel(IkmSelection selection, IStringLocalizer<PublicServicesText> text) : PageModel
{
    public IkmSelection.View View { get; private set; } = null!;

    public async Task OnGetAsync(string? unit, string? from, string? to, CancellationToken ct) =>
        View = await selection.LoadAsync(unit, from, to, ModelState, text["IkmAllUnits"], ct);
}
