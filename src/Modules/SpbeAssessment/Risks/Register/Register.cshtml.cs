using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.Platform.Organisations;
using Pamong.SpbeAssessment.Opd;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>
/// /spbe/risiko: a context's risk register with its heat map, filters (category, OPD, must be treated, a
/// heat-map cell) and the treatments past their deadline; the forms 2.0–5.0 to download. Without a chosen
/// context it shows this year's.
/// </summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class RegisterModel(RiskRegister register, OpdDirectory opd, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "konteks")]
    public int? ContextId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kategori")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "opd")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tangani")]
    public bool MustTreatOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "k")]
    public int? Likelihood { get; set; }

    [BindProperty(SupportsGet = true, Name = "d")]
    public int? Impact { get; set; }

    public IReadOnlyList<ContextRow> Contexts { get; private set; } = [];

    public RegisterView? Register { get; private set; }

    public IReadOnlyList<RiskRow> Risks { get; private set; } = [];

    public IReadOnlyList<HeatCell> HeatMap { get; private set; } = [];

    public IReadOnlyList<(RiskRow Risk, TreatmentRow Treatment)> Overdue { get; private set; } = [];

    public IReadOnlyList<OrganisationUnit> OpdOptions { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool Filtered => Category is not null || UnitId is not null || MustTreatOnly || Likelihood is not null || Impact is not null;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageSpbe)).Succeeded;
        Contexts = await register.ContextsAsync(ct);
        // Without a choice: this year's context, else the newest.
        var year = clock.WibToday().Year;
        var id = ContextId ?? Contexts.FirstOrDefault(c => c.Year == year)?.Id ?? (Contexts.Count > 0 ? Contexts[0].Id : null);
        if (id is null)
        {
            return Page();
        }

        Register = await register.LoadAsync(id.Value, ct);
        if (Register is null)
        {
            return NotFound();
        }

        ContextId = id;
        OpdOptions = await opd.OptionsAsync(ct);
        HeatMap = RiskRegister.HeatMap(Register);
        Overdue = Register.Risks.SelectMany(r => r.Treatments.Where(t => t.Overdue).Select(t => (r, t))).ToList();
        Risks = Register.Risks
            .Where(r => Category is null || r.Category == Category)
            .Where(r => UnitId is null || r.OwnerUnitId == UnitId)
            .Where(r => !MustTreatOnly || r.MustTreat)
            .Where(r => Likelihood is null || r.Inherent.Likelihood == Likelihood)
            .Where(r => Impact is null || r.Inherent.Impact == Impact)
            .ToList();
        return Page();
    }
}
