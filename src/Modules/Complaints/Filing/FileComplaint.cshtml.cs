using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pamong.Complaints.Deadlines;
using Pamong.Platform.Organisations;

namespace Pamong.Complaints.Filing;

/// <summary>/pengaduan/baru: the public filing form (no sign-in); ?layanan={code}&amp;unit={unitCode} prefill the service and unit.</summary>
public sealed class FileComplaintModel(
    ComplaintFiling filing, ComplaintUnits units, ComplaintCalendar calendar, PublicLimits limits,
    IOptions<AttachmentOptions> attachmentOptions, IStringLocalizer<ComplaintText> text) : PageModel
{
    public const string Named = "named";
    public const string ConfidentialChoice = "confidential";
    public const string AnonymousChoice = "anonymous";

    [BindProperty]
    public ComplaintInput Input { get; set; } = new();

    /// <summary>named, confidential or anonymous.</summary>
    [BindProperty]
    public string Identity { get; set; } = Named;

    [BindProperty]
    public List<IFormFile> Attachments { get; set; } = [];

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public ComplaintSettings Settings { get; private set; } = new();

    public AttachmentOptions Limits => attachmentOptions.Value;

    public string? LimitMessage { get; private set; }

    public async Task OnGetAsync([FromQuery] string? layanan, [FromQuery] string? unit, CancellationToken ct)
    {
        Input.Service = layanan?.Trim() is { Length: > 0 and <= ComplaintLimits.Service } service ? service : null;
        Input.UnitCode = unit?.Trim();
        if (User.Identity?.IsAuthenticated == true)
        {
            Input.Name = User.FindFirstValue(Platform.Accounts.AccountClaims.FullNameClaim);
            Input.Email = User.FindFirstValue(ClaimTypes.Email);
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await limits.FilingWaitAsync(HttpContext, ct) is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            LimitMessage = text["FilingRateLimited", (wait + 59) / 60];
            await LoadAsync(ct);
            return Page();
        }

        Input.Anonymous = Identity == AnonymousChoice;
        Input.Confidential = Identity == ConfidentialChoice;
        var files = new List<Attachment>();
        foreach (var file in Attachments.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            files.Add(new Attachment(file.FileName, await ReadAsync(file, Limits.MaxBytes, ct)));
        }

        var outcome = await filing.FileAsync(Input, files, User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            foreach (var key in ModelState.Keys.Where(k => k == "Input.Attachments").ToList())
            {
                foreach (var error in ModelState[key]!.Errors)
                {
                    ModelState.AddModelError(nameof(Attachments), error.ErrorMessage);
                }

                ModelState.Remove(key);
            }

            await LoadAsync(ct);
            return Page();
        }

        TempData["FiledCode"] = outcome.Value!.TrackingCode;
        TempData["FiledContact"] = outcome.Value.ComplainantEmail ?? outcome.Value.ComplainantPhone;
        return Redirect("/pengaduan/terkirim");
    }

    /// <summary>Reads at most one byte more than allowed, so that a larger file is refused without reading it all.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile file, long maxBytes, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await units.AllAsync(ct);
        Settings = await calendar.SettingsAsync(ct);
    }
}
