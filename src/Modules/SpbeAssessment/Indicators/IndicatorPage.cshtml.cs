using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Evidence;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;

namespace Pamong.SpbeAssessment.Indicators;

/// <summary>
/// /spbe/{year}/indikator/{code}: what each level requires, the claim (level, justification, responsible OPD),
/// evidence (files and links), the review, and live figures from Pamong's own modules.
/// </summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class IndicatorPageModel(IndicatorDetails details, AnswerEditor answers, EvidenceEditor evidence, InstrumentCatalog catalog,
    SpbeDb db, PamongDb platform, AuditActor actor, IAuthorizationService authorization, IStringLocalizer<SpbeText> text) : PageModel
{
    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? LinkUrl { get; set; }

    [BindProperty]
    public string? LinkTitle { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IndicatorDetail Detail { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public bool CanFill { get; private set; }

    public bool CanReview { get; private set; }

    /// <summary>Whether the signed-in officer filled the answer (and so may not review it).</summary>
    public bool OwnAnswer { get; private set; }

    public Indicator? Previous { get; private set; }

    public Indicator? Next { get; private set; }

    public long MaxBytes => evidence.MaxBytes;

    public async Task<IActionResult> OnGetAsync(int year, string code, CancellationToken ct)
    {
        if (!await LoadAsync(year, code, ct))
        {
            return NotFound();
        }

        Input = new AnswerInput { Level = Detail.Level, Justification = Detail.Justification, ResponsibleUnitId = Detail.ResponsibleUnitId };
        return Page();
    }

    public async Task<IActionResult> OnPostFillAsync(int year, string code, CancellationToken ct)
    {
        if (!await Can(Permissions.FillSpbe))
        {
            return Forbid();
        }

        var outcome = await answers.FillAsync(year, code, Input, User, ct);
        return await AfterAsync(outcome.Refusal, year, code, "AnswerSaved", r => r.CopyTo(ModelState, nameof(Input)), ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(int year, string code, CancellationToken ct)
    {
        if (!await Can(Permissions.FillSpbe))
        {
            return Forbid();
        }

        Refusal? refusal;
        if (Upload is null || Upload.Length == 0)
        {
            refusal = Refusal.Invalid("evidence_file_missing", text["EvidenceFileMissing"]);
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            refusal = (await evidence.AddFileAsync(year, code, Upload.FileName, stream, User, ct)).Refusal;
        }

        return await AfterAsync(refusal, year, code, "EvidenceAdded", r => ModelState.AddModelError(nameof(Upload), r.Detail), ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(int year, string code, CancellationToken ct)
    {
        if (!await Can(Permissions.FillSpbe))
        {
            return Forbid();
        }

        var outcome = await evidence.AddLinkAsync(year, code, LinkUrl, LinkTitle, User, ct);
        return await AfterAsync(outcome.Refusal, year, code, "EvidenceAdded",
            r => ModelState.AddModelError(r.Errors.ContainsKey("Title") ? nameof(LinkTitle) : nameof(LinkUrl), r.Detail), ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int year, string code, int evidenceId, CancellationToken ct)
    {
        if (!await Can(Permissions.FillSpbe))
        {
            return Forbid();
        }

        var outcome = await evidence.RemoveAsync(year, code, evidenceId, User, ct);
        return await AfterAsync(outcome.Refusal, year, code, "EvidenceRemoved", r => ModelState.AddModelError("", r.Detail), ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(int year, string code, CancellationToken ct)
    {
        if (!await Can(Permissions.ReviewSpbe))
        {
            return Forbid();
        }

        var outcome = await answers.ReviewAsync(year, code, Review, ct);
        return await AfterAsync(outcome.Refusal, year, code, "ReviewSaved", r => r.CopyTo(ModelState, nameof(Review)), ct);
    }

    private async Task<IActionResult> AfterAsync(Refusal? refusal, int year, string code, string message, Action<Refusal> show, CancellationToken ct)
    {
        if (refusal is null)
        {
            Message = message;
            return Redirect($"/spbe/{year}/indikator/{Uri.EscapeDataString(code)}");
        }

        if (refusal.Status == StatusCodes.Status404NotFound && refusal.Code is "period_not_found" or "indicator_not_found")
        {
            return NotFound();
        }

        show(refusal);
        return await LoadAsync(year, code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int year, string code, CancellationToken ct)
    {
        var outcome = await details.ForAsync(year, code, ct);
        if (outcome.Value is not { } detail)
        {
            return false;
        }

        Detail = detail;
        var scope = FillScope.For(User);
        CanFill = await Can(Permissions.FillSpbe) && !detail.ReadOnly && detail.Review != ReviewDecision.Accepted && scope.Covers(detail.ResponsibleUnitId);
        var filledById = await db.Answers.Where(a => a.IndicatorCode == code && db.Periods.Any(p => p.Id == a.PeriodId && p.Year == year))
            .Select(a => a.FilledById).FirstOrDefaultAsync(ct);
        OwnAnswer = filledById is not null && filledById == actor.Id;
        CanReview = await Can(Permissions.ReviewSpbe) && !detail.ReadOnly && detail.PeriodStatus == PeriodStatus.InReview && detail.Level is not null && !OwnAnswer;
        var units = platform.OrganisationUnits.AsNoTracking().Where(u => u.Kind == UnitKind.Opd && (u.Active || u.Id == detail.ResponsibleUnitId));
        if (!scope.Everywhere)
        {
            units = units.Where(u => scope.Units.Contains(u.Id));
        }

        Units = await units.OrderBy(u => u.Name).ToListAsync(ct);
        if (await catalog.FindAsync(detail.InstrumentId, ct) is { } instrument)
        {
            var all = instrument.Indicators.ToList();
            var at = all.FindIndex(i => i.Code == code);
            Previous = at > 0 ? all[at - 1] : null;
            Next = at >= 0 && at < all.Count - 1 ? all[at + 1] : null;
        }

        return true;
    }

    private async Task<bool> Can(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}
