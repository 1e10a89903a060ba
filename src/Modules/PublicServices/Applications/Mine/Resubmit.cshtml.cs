using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Applications.Processing;
using Pamong.PublicServices.Applications.Submitting;
using Pamong.PublicServices.Applications.Timeline;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Mine;

/// <summary>
/// /layanan/permohonan-saya/{number}/perbaiki: the applicant fixes a returned application (answers prefilled,
/// files kept unless replaced) and sends it back to the step that returned it.
/// </summary>
[Authorize(Policy = Permissions.SignedIn)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ResubmitModel(PublicServicesDb db, ApplicationDetails details, ProcessApplication process) : ApplicationFormPage
{
    public ApplicationDetail Detail { get; private set; } = null!;

    public string? ReturnReason => Detail.Timeline.LastOrDefault(e => e.Action == ApplicationActions.Returned)?.Reason;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        if (!Detail.AllowedActions.Contains("resubmit"))
        {
            return Redirect("/layanan/permohonan-saya/" + Detail.Number);
        }

        foreach (var answer in Detail.Answers)
        {
            Values[answer.Key] = answer.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        var answers = ReadAnswers();
        var outcome = await process.ResubmitAsync(number, answers, await ReadUploadsAsync(ct), User, ct);
        if (outcome.Refusal is { } refusal)
        {
            Show(refusal, AnyFileChosen());
            return Page();
        }

        return Redirect("/layanan/permohonan-saya/" + outcome.Value!.Number);
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var detail = await details.ForAsync(number, User, ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        var versionId = await db.Applications.AsNoTracking().Where(a => a.Number == detail.Number).Select(a => a.WorkflowVersionId).FirstAsync(ct);
        Fields = await db.FormFields.AsNoTracking().Where(f => f.WorkflowVersionId == versionId).OrderBy(f => f.Order).ToListAsync(ct);
        foreach (var file in detail.Files)
        {
            KeptFiles[file.FieldKey] = file.FileName;
        }

        return true;
    }
}
