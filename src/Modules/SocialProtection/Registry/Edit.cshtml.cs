using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.People.Citizens;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// /perlinsos/rumah-tangga/{id}/ubah: an officer changes a household in their area. The form shows full numbers,
/// so it first asks for the reason (logged as a sensitive read, kept as the reason of the change).
/// </summary>
[Authorize(Policy = Permissions.RegisterPerlinsos)]
public sealed class EditModel(HouseholdEditor editor, HouseholdSearch search, PerlinsosDb db, TenantVillages villages, IStringLocalizer<PerlinsosText> text) : PageModel
{
    [BindProperty]
    public HouseholdInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public bool ReasonGiven { get; private set; }

    public int Id { get; private set; }

    public IReadOnlyList<VillageOption> Villages { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Id = id;
        return await search.Visible(User, Permissions.RegisterPerlinsos).AnyAsync(h => h.Id == id, ct) ? Page() : NotFound();
    }

    /// <summary>The reason form posts here first (no Input yet); then the form posts with the reason kept.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        if (Input.KkNumber is null)
        {
            ModelState.Clear();
            var read = await search.ReadAsync(User, id, Reason ?? "", ct);
            if (read.Refusal is { } refused)
            {
                refused.CopyTo(ModelState, "");
                return read.Refusal.Status == 404 ? NotFound() : Page();
            }

            var household = await db.Households.AsNoTracking().Include(h => h.Members).FirstAsync(h => h.Id == id, ct);
            Input = From(household);
            ReasonGiven = true;
            Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.RegisterPerlinsos), ct);
            return Page();
        }

        ReasonGiven = true;
        var outcome = await editor.UpdateAsync(User, id, Input, Reason, ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            Villages = await villages.InAreaAsync(OfficerArea.For(User, Permissions.RegisterPerlinsos), ct);
            return refusal.Status == 404 ? NotFound() : Page();
        }

        Message = text["HouseholdSaved"];
        return Redirect($"/perlinsos/rumah-tangga/{id}");
    }

    private static HouseholdInput From(Household h)
    {
        static string? S<T>(T? v) where T : struct => v is null ? null : Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture);
        return new HouseholdInput
        {
            KkNumber = h.KkNumber,
            VillageCode = h.VillageCode,
            Rt = h.Rt,
            Rw = h.Rw,
            Address = h.Address,
            WelfareDecile = S(h.WelfareDecile),
            MonthlyIncome = S(h.MonthlyIncome),
            FloorMaterial = h.FloorMaterial?.ToString(),
            WallMaterial = h.WallMaterial?.ToString(),
            RoofMaterial = h.RoofMaterial?.ToString(),
            FloorArea = S(h.FloorArea),
            ElectricityVa = S(h.ElectricityVa),
            LandArea = S(h.LandArea),
            LargeLivestock = S<int>(h.LargeLivestock),
            SmallLivestock = S<int>(h.SmallLivestock),
            Motorcycles = S<int>(h.Motorcycles),
            Cars = S<int>(h.Cars),
            Members = h.Members.OrderBy(m => m.Relationship).ThenBy(m => m.BirthDate).Select(m => new MemberInput
            {
                Nik = m.Nik,
                Name = m.Name,
                BirthPlace = m.BirthPlace,
                BirthDate = m.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Sex = m.Sex.ToString(),
                Relationship = m.Relationship.ToString(),
                Occupation = m.Occupation,
                Disability = m.Disability.ToString(),
                ChronicIllness = m.ChronicIllness,
                Pregnant = m.Pregnant,
            }).ToList(),
        };
    }
}
