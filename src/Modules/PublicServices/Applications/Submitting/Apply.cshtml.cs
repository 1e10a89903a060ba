using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>/layanan/{code}/ajukan: a signed-in citizen fills in the service's form (current workflow version) and applies.</summary>
[Authorize(Policy = Permissions.ApplyForServices)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ApplyModel(PublicServicesDb db, ApplicantProfile profiles, SubmitApplication submit) : ApplicationFormPage
{
    public Service Service { get; private set; } = null!;

    public Applicant? Applicant { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var answers = ReadAnswers();
        if (Applicant is null)
        {
            return Page();
        }

        var outcome = await submit.SubmitAsync(new ApplicationRequest(code, Applicant, answers, await ReadUploadsAsync(ct)), Applicant.Name ?? "", ct);
        if (outcome.Refusal is { } refusal)
        {
            Show(refusal, AnyFileChosen());
            return Page();
        }

        TempData["Notice"] = outcome.Value!.Number;
        return Redirect("/layanan/permohonan-saya/" + outcome.Value.Number);
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
        Applicant = await profiles.ForAsync(User, ct);
        return true;
    }
}
