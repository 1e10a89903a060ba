using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Accounts.Registration;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Web;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>
/// /layanan/loket/{code}: an operator applies for a walk-in citizen of their area (assisted channel). The NIK can
/// be looked up in the resident register to fill in the name and village; notices go to the phone or e-mail given.
/// </summary>
[Authorize(Policy = Permissions.AssistApplications)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class CounterApplyModel(
    PublicServicesDb db, PamongDb platform, VillageChoices villageChoices, SubmitApplication submit, AuditLog audit,
    IStringLocalizer<PublicServicesText> text) : ApplicationFormPage
{
    public Service Service { get; private set; } = null!;

    public IReadOnlyList<VillageChoice> Villages { get; private set; } = [];

    [BindProperty]
    public string? ApplicantNik { get; set; }

    [BindProperty]
    public string? ApplicantName { get; set; }

    [BindProperty]
    public string? VillageCode { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    /// <summary>Fills the name and village from the resident register (only residents of the operator's area).</summary>
    public async Task<IActionResult> OnPostLookupAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        ReadAnswers();
        var nik = (ApplicantNik ?? "").Trim();
        var area = OfficerArea.For(User, Permissions.AssistApplications);
        var citizen = await platform.Citizens.AsNoTracking().Where(c => c.Nik == nik).Select(c => new { c.FullName, c.VillageCode }).FirstOrDefaultAsync(ct);
        if (citizen is null || !area.Covers(citizen.VillageCode))
        {
            Notice = text["CitizenNotFound"];
            return Page();
        }

        audit.Record("citizen-prefill", "Citizen", nik, detail: "{\"purpose\":\"application\"}");
        await platform.SaveChangesAsync(ct);
        ModelState.Clear();
        ApplicantName = citizen.FullName;
        VillageCode = citizen.VillageCode;
        Notice = text["CitizenFound"];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var answers = ReadAnswers();
        var village = (VillageCode ?? "").Trim();
        if (village.Length > 0 && !OfficerArea.For(User, Permissions.AssistApplications).Covers(village))
        {
            Show(Refusal.OnField("outside_area", "VillageCode", text["outside_area"], Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden), AnyFileChosen());
            return Page();
        }

        var applicant = new Applicant(ApplicantNik, ApplicantName, village, Email, Phone, ApplicationChannel.Assisted,
            AssistedByUserId: User.FindFirstValue(ClaimTypes.NameIdentifier));
        var outcome = await submit.SubmitAsync(new ApplicationRequest(code, applicant, answers, await ReadUploadsAsync(ct)), Processing.ApplicationAccess.ActorName(User), ct);
        if (outcome.Refusal is { } refusal)
        {
            Show(refusal, AnyFileChosen());
            return Page();
        }

        TempData["Notice"] = "Done_Submitted";
        return Redirect("/layanan/antrian/" + outcome.Value!.Number);
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code && s.IsPublished, ct);
        if (service is null)
        {
            return false;
        }

        Service = service;
        Fields = await db.FormFields.AsNoTracking()
            .Where(f => db.WorkflowVersions.Any(v => v.Id == f.WorkflowVersionId && v.ServiceId == service.Id && v.IsCurrent))
            .OrderBy(f => f.Order).ToListAsync(ct);
        var area = OfficerArea.For(User, Permissions.AssistApplications);
        Villages = (await villageChoices.AllAsync()).Where(v => area.Covers(v.Code)).ToList();
        if (Villages.Count == 1 && string.IsNullOrEmpty(VillageCode))
        {
            VillageCode = Villages[0].Code;
        }

        return true;
    }
}
