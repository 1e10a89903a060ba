using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.Imports;

/// <summary>Starts imports (the upload is kept, a job is queued), confirms a checked one, or cancels it.</summary>
public sealed class ImportStarter(PerlinsosDb db, ImportFiles files, JobQueue queue, CurrentTenant tenant, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public static readonly IReadOnlyDictionary<string, JobKind> Kinds = new Dictionary<string, JobKind>
    {
        ["households"] = JobKind.HouseholdImport,
        ["deaths"] = JobKind.DeathImport,
        ["exclusions"] = JobKind.ExclusionImport,
    };

    public static ImportMode? ModeOf(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        "all-or-nothing" or "allornothing" => ImportMode.AllOrNothing,
        "good-rows-only" or "goodrowsonly" => ImportMode.GoodRowsOnly,
        _ => null,
    };

    /// <param name="preview">Stop after the check for the officer to confirm; otherwise write at once when the check allows.</param>
    public async Task<Outcome<PerlinsosJob>> StartAsync(ClaimsPrincipal user, string? kind, string? mode, string fileName, long length, Stream content,
        bool preview, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (kind is null || !Kinds.TryGetValue(kind, out var jobKind))
        {
            errors.Add("Kind", text["ImportKindUnknown"]);
            jobKind = default;
        }

        var importMode = ModeOf(mode);
        if (importMode is null)
        {
            errors.Add("Mode", text["ImportModeUnknown"]);
        }

        if (!ImportFiles.Accepted(fileName) || length == 0)
        {
            errors.Add("Upload", text["ImportFileType"]);
        }
        else if (length > ImportFiles.MaxBytes)
        {
            errors.Add("Upload", text["ImportFileTooLarge"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("import_invalid", text["CheckFields"], errors.ToDictionary());
        }

        var job = new PerlinsosJob
        {
            Kind = jobKind,
            Status = JobStatus.Queued,
            Mode = importMode,
            FileName = Path.GetFileName(fileName)[..Math.Min(200, Path.GetFileName(fileName).Length)],
            StartedBy = user.Identity?.Name ?? "",
            CreatedAt = clock.GetUtcNow(),
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        await files.SaveAsync(job, content, ct);
        await queue.EnqueueAsync(new JobTicket(job.Id, tenant.Id, user, preview ? JobStep.Check : JobStep.CheckThenWrite), ct);
        return job;
    }

    /// <summary>Writes a checked import in the mode the officer chose now (all-or-nothing is refused when rows are bad).</summary>
    public async Task<Outcome<PerlinsosJob>> ConfirmAsync(ClaimsPrincipal user, int id, string? mode, CancellationToken ct)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == id && j.Kind != JobKind.QualityPass, ct);
        if (job is null)
        {
            return Refusal.NotFound("import_not_found", text["ImportNotFound"]);
        }

        if (job.Status != JobStatus.Checked)
        {
            return Refusal.Conflict("import_not_waiting", text["ImportNotWaiting"]);
        }

        var chosen = ModeOf(mode) ?? job.Mode ?? ImportMode.GoodRowsOnly;
        if (chosen == ImportMode.AllOrNothing && job.Bad > 0)
        {
            return Refusal.OnField("import_has_bad_rows", "Mode", text["AllOrNothingRefused", job.Bad]);
        }

        job.Mode = chosen;
        job.Status = JobStatus.Queued;
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(new JobTicket(job.Id, tenant.Id, user, JobStep.Write), ct);
        return job;
    }

    public async Task<Outcome<PerlinsosJob>> CancelAsync(int id, CancellationToken ct)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == id && j.Kind != JobKind.QualityPass, ct);
        if (job is null)
        {
            return Refusal.NotFound("import_not_found", text["ImportNotFound"]);
        }

        if (job.Status != JobStatus.Checked)
        {
            return Refusal.Conflict("import_not_waiting", text["ImportNotWaiting"]);
        }

        job.Status = JobStatus.Cancelled;
        job.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        files.Delete(job);
        return job;
    }

    public static string Template(JobKind kind) => string.Join(",", kind switch
    {
        JobKind.HouseholdImport => HouseholdColumns.Template,
        JobKind.DeathImport => DeathImport.Template,
        _ => ExclusionImport.Template,
    }) + "\n" + kind switch
    {
        JobKind.HouseholdImport => "3510152003150001,35.10.15.2004,001,002,Dusun Krajan,2,1200000,Semen,Bambu,Genteng,36,900,0,1,2,1,0,3510154507800002,Siti Fatimah,Banyuwangi,1980-07-05,P,Kepala Keluarga,Buruh tani,Tidak,Tidak,Tidak\n",
        JobKind.DeathImport => "3510151203450001,Slamet Riyadi,2026-08-17,3510-KM-17082026-0012\n",
        _ => "ASN,3510150305850003,Bambang Hariyanto,1985-05-03,198505032010011002,Dinas Pendidikan\n",
    };
}
