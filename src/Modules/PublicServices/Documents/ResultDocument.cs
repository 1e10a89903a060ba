using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Organisations;
using Pamong.Platform.Signing;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Documents;

/// <summary>
/// Issues an approved application's result document: fills the service's template, lays the letter out (letterhead of
/// the issuing unit, number, body, the applicant's name and NIK — it is the applicant's own letter — and the date),
/// has the platform sign it (<see cref="IDocumentIssuer"/>: QR code, signature with the approving officer's or else
/// the unit's certificate, register) and records it on the application (<see cref="Application.DocumentId"/>).
/// The issuing unit is the one of the workflow's last step: the applicant's desa, its kecamatan, or the step's OPD.
/// The letter number, the signed document in the platform's register and <c>DocumentId</c> are written in one
/// transaction (the caller's, or one of its own): a document that fails to issue leaves no number used up and no
/// document without its application.
/// </summary>
public sealed class ResultDocument(
    PublicServicesDb db, PamongDb platform, IDocumentIssuer issuer, AuditActor actor, TimeProvider clock)
{
    /// <summary>
    /// Issues the document (once: an application that has one gets it back) and saves <c>DocumentId</c> with the
    /// module's context, together with whatever else the caller has added to it. Throws
    /// <see cref="SigningRefusedException"/> when the issuing unit cannot sign.
    /// </summary>
    public async Task<IssuedDocument> IssueForAsync(Application application, CancellationToken ct)
    {
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // Everything the platform reads and writes here goes through the module's connection and transaction: on
        // SQLite a second connection of the same request could otherwise wait for this one's locks.
        IssuedDocument document;
        await using (await platform.JoinAsync(db, ct))
        {
            document = await IssueInTransactionAsync(application, ct);
        }

        if (owned is not null)
        {
            await owned.CommitAsync(ct);
        }

        return document;
    }

    private async Task<IssuedDocument> IssueInTransactionAsync(Application application, CancellationToken ct)
    {
        if (application.DocumentId is { } existing && await issuer.FindAsync(existing, ct) is { } issued)
        {
            return issued;
        }

        var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == application.ServiceId, ct);
        var lastStep = await db.WorkflowSteps.AsNoTracking().Where(s => s.WorkflowVersionId == application.WorkflowVersionId)
            .OrderByDescending(s => s.Order).FirstOrDefaultAsync(ct);
        var unitCode = IssuingUnit(service, lastStep?.Level ?? service.Level, lastStep?.UnitCode, application.VillageCode);
        var unit = await platform.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct);
        var kecamatan = unit?.Kind is UnitKind.Desa or UnitKind.Kelurahan
            ? await platform.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == KecamatanOf(application.VillageCode), ct)
            : null;
        var village = unit?.Kind is UnitKind.Desa or UnitKind.Kelurahan ? unit
            : await platform.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == application.VillageCode, ct);
        var pemda = await platform.Tenants.AsNoTracking().Where(t => t.Id == platform.TenantId).Select(t => t.Name).FirstAsync(ct);

        var today = clock.WibToday();
        var (template, sequence) = await NextNumberAsync(service, today.Year, ct);
        var number = LetterPlaceholders.Number(template.NumberPattern, sequence, today, unitCode);
        var answers = Answers(application.AnswersJson);
        var date = today.ToString("d MMMM yyyy", IndonesianFormat.Indonesian);
        var address = First(answers, "alamat", "alamat_domisili")
            ?? string.Join(", ", new[] { village?.Name, kecamatan?.Name ?? (unit?.Kind == UnitKind.Kecamatan ? unit.Name : null) }.Where(n => n is not null));
        var values = new Dictionary<string, string>(answers, StringComparer.OrdinalIgnoreCase)
        {
            ["nama"] = application.ApplicantName,
            ["nik"] = application.ApplicantNik,
            ["alamat"] = address,
            ["desa"] = village?.Name ?? "",
            ["kecamatan"] = kecamatan?.Name ?? "",
            ["kabupaten"] = pemda,
            ["layanan"] = service.Name,
            ["nomor_permohonan"] = application.Number,
            ["tanggal"] = date,
            ["unit"] = unit?.Name ?? unitCode,
            ["nomor"] = number,
        };

        var letterhead = new List<string> { pemda };
        if (kecamatan is not null)
        {
            letterhead.Add(kecamatan.Name);
        }

        letterhead.Add(unit?.Name ?? unitCode);
        var letter = new LetterContent(
            letterhead,
            LetterPlaceholders.Fill(template.Title, values),
            number,
            LetterPlaceholders.Fill(template.Body, values),
            [("Nama", application.ApplicantName), ("NIK", application.ApplicantNik), ("Alamat", address.Length > 0 ? address : "-"), ("Nomor permohonan", application.Number)],
            LetterPlaceholders.Fill(template.Closing, values),
            Place(unit, pemda) + ", " + date);

        var document = await issuer.IssueAsync(
            new DocumentRequest("layanan." + service.Code, number, letter.Title, unitCode, actor.Id),
            pdf => ResultLetter.Compose(pdf, letter), ct);

        var tracked = db.Applications.Local.FirstOrDefault(a => a.Id == application.Id)
            ?? await db.Applications.FirstAsync(a => a.Id == application.Id, ct);
        tracked.DocumentId = document.Id;
        application.DocumentId = document.Id;
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>The unit that issues: the applicant's desa, its kecamatan, or the OPD of the last step (else the service's owner).</summary>
    public static string IssuingUnit(Service service, ServiceLevel level, string? stepUnitCode, string villageCode) => level switch
    {
        ServiceLevel.Desa => villageCode,
        ServiceLevel.Kecamatan => KecamatanOf(villageCode),
        _ => stepUnitCode ?? service.OwnerUnitCode ?? villageCode,
    };

    private static string KecamatanOf(string villageCode) => string.Join('.', villageCode.Split('.').Take(3));

    private static string Place(OrganisationUnit? unit, string pemda)
    {
        string[] prefixes = ["Desa ", "Kelurahan ", "Kecamatan ", "Pemerintah Kabupaten ", "Pemerintah Kota ", "Kabupaten ", "Kota "];
        var name = unit?.Kind is UnitKind.Desa or UnitKind.Kelurahan or UnitKind.Kecamatan ? unit.Name : pemda;
        var prefix = prefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return prefix is null ? name : name[prefix.Length..];
    }

    /// <summary>
    /// The template (made from the default on first use) and the next number in its year. The count is one update that
    /// keeps the template's row locked until the issuing transaction ends, so two documents never share a number and a
    /// document that fails gives its number back. The count is bookkeeping, like the application numbers: the issued
    /// document's own audit record carries the number.
    /// </summary>
    private async Task<(ResultTemplate Template, int Sequence)> NextNumberAsync(Service service, int year, CancellationToken ct)
    {
        var template = await db.ResultTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.ServiceId == service.Id, ct)
            ?? await CreateTemplateAsync(service, ct);
        await db.ResultTemplates.Where(t => t.Id == template.Id).ExecuteUpdateAsync(set => set
            .SetProperty(t => t.LastSequence, t => t.SequenceYear == year ? t.LastSequence + 1 : 1)
            .SetProperty(t => t.SequenceYear, year), ct);
        var sequence = await db.ResultTemplates.AsNoTracking().Where(t => t.Id == template.Id).Select(t => t.LastSequence).SingleAsync(ct);
        return (template, sequence);
    }

    /// <summary>The service's first document: its template from the default, or the one another officer made meanwhile.</summary>
    private async Task<ResultTemplate> CreateTemplateAsync(Service service, CancellationToken ct)
    {
        var template = ResultTemplates.DefaultFor(service);
        template.Id = Guid.NewGuid();
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        template.UpdatedBy = "sistem";
        db.ResultTemplates.Add(template);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(template).State = EntityState.Detached;
            return await db.ResultTemplates.AsNoTracking().FirstAsync(t => t.ServiceId == service.Id, ct);
        }

        db.Entry(template).State = EntityState.Detached;
        return template;
    }

    private static Dictionary<string, string> Answers(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)?
                .ToDictionary(a => a.Key, a => a.Value.ValueKind == JsonValueKind.String ? a.Value.GetString() ?? "" : a.Value.ToString(), StringComparer.OrdinalIgnoreCase)
                ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? First(Dictionary<string, string> answers, params string[] keys) =>
        keys.Select(k => answers.TryGetValue(k, out var v) ? v : null).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
