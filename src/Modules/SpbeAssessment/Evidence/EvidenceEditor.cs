using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Files;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Indicators;

namespace Pamong.SpbeAssessment.Evidence;

/// <summary>
/// Adds evidence to an indicator (a file: PDF, JPEG, PNG, DOCX or XLSX whose content matches its name, within the
/// size limit; or a link) and removes it, under the same rules as filling the indicator.
/// </summary>
public sealed class EvidenceEditor(SpbeDb db, IndicatorGate gate, EvidenceStore store, IOptions<EvidenceOptions> options,
    AuditActor actor, TimeProvider clock, IStringLocalizer<SpbeText> text)
{
    public const int MaxTitleLength = 300;

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<Outcome<EvidenceItem>> AddFileAsync(int year, string code, string? fileName, Stream content, ClaimsPrincipal user, CancellationToken ct)
    {
        var opened = await gate.OpenForFillingAsync(year, code, user, ct);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length == 0)
        {
            return Invalid("evidence_file_missing", "File", text["EvidenceFileMissing"]);
        }

        if (name.Length > 255)
        {
            return Invalid("evidence_file_name_too_long", "File", text["TooLong", 255]);
        }

        var claimed = FileSniffer.ByName(name);
        if (claimed is null)
        {
            return Invalid("evidence_type_not_allowed", "File", text["EvidenceTypeNotAllowed", name]);
        }

        await using var buffered = await store.BufferAsync(content, MaxBytes, ct);
        if (buffered is null)
        {
            return Invalid("evidence_too_large", "File", text["EvidenceTooLarge", MaxBytes / (1024 * 1024)]);
        }

        if (buffered.Length == 0)
        {
            return Invalid("evidence_file_missing", "File", text["EvidenceFileMissing"]);
        }

        var actual = FileSniffer.ByContent(buffered);
        if (actual != claimed)
        {
            return Invalid("evidence_content_mismatch", "File", text["EvidenceContentMismatch", name, claimed.Name]);
        }

        var context = opened.Value!;
        var sha = await store.KeepAsync(db.TenantId, buffered, ct);
        if (await db.Evidence.AnyAsync(e => e.PeriodId == context.Period.Id && e.IndicatorCode == code && e.Sha256 == sha, ct))
        {
            return Refusal.Conflict("evidence_duplicate", text["EvidenceDuplicate", name], "File");
        }

        var item = new EvidenceItem
        {
            PeriodId = context.Period.Id,
            IndicatorCode = context.Indicator.Code,
            Kind = EvidenceKind.File,
            Title = name.Length > MaxTitleLength ? name[..MaxTitleLength] : name,
            FileName = name,
            ContentType = claimed.ContentType,
            Size = buffered.Length,
            Sha256 = sha,
            AddedBy = actor.Name,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Evidence.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<Outcome<EvidenceItem>> AddLinkAsync(int year, string code, string? url, string? title, ClaimsPrincipal user, CancellationToken ct)
    {
        var opened = await gate.OpenForFillingAsync(year, code, user, ct);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var address = url?.Trim() ?? "";
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || address.Length > 2000)
        {
            return Invalid("evidence_url_invalid", "Url", text["EvidenceUrlInvalid"]);
        }

        var name = string.IsNullOrWhiteSpace(title) ? uri.Host : title.Trim();
        if (name.Length > MaxTitleLength)
        {
            return Invalid("evidence_title_too_long", "Title", text["TooLong", MaxTitleLength]);
        }

        var context = opened.Value!;
        var item = new EvidenceItem
        {
            PeriodId = context.Period.Id,
            IndicatorCode = context.Indicator.Code,
            Kind = EvidenceKind.Link,
            Title = name,
            Url = uri.AbsoluteUri,
            AddedBy = actor.Name,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Evidence.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<Outcome<EvidenceItem>> RemoveAsync(int year, string code, int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var opened = await gate.OpenForFillingAsync(year, code, user, ct);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var periodId = opened.Value!.Period.Id;
        var item = await db.Evidence.FirstOrDefaultAsync(e => e.Id == id && e.PeriodId == periodId && e.IndicatorCode == code, ct);
        if (item is null)
        {
            return Refusal.NotFound("evidence_not_found", text["EvidenceNotFound"]);
        }

        db.Evidence.Remove(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    private static Refusal Invalid(string code, string field, string message) =>
        Refusal.Invalid(code, message, new Dictionary<string, string[]> { [field] = [message] });
}
