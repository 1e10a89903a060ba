using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Imports a DTKS/DTSEN-style file of households (one row per member). The check reads every row and reports every
/// problem (field errors, villages outside the Pemda or the officer's area, a NIK twice in the file, a NIK already
/// registered for a clearly different person) without writing. The write upserts by KK and NIK — an unchanged row
/// writes nothing, so importing the same file twice changes nothing — skipping the rows with errors. Members are
/// never removed by an import. Rows of one KK are expected next to each other (as exports are sorted); a KK that
/// comes back later is upserted again.
/// </summary>
internal sealed class HouseholdImport(
    PerlinsosDb db, ImportFiles files, RegistryFields fields, TenantVillages villages, AuditActor actor, TimeProvider clock,
    Microsoft.AspNetCore.Http.IHttpContextAccessor http, IStringLocalizer<PerlinsosText> text) : IJobWork
{
    private const int CheckBatch = 5_000;
    private const int WriteBatch = 1_000;
    private const int PreviewRows = 10;

    /// <summary>Names this similar (Jaro–Winkler on normalised names) are taken as the same person when the NIK is already known.</summary>
    internal const double SamePersonSimilarity = 0.85;

    public JobKind Kind => JobKind.HouseholdImport;

    public async Task CheckAsync(PerlinsosJob job, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var area = OfficerArea.For(http.HttpContext!.User, Permissions.ImportPerlinsos);
        var tenantVillages = new Dictionary<string, bool>();
        var report = new ImportReport();
        var preview = new List<string[]>();
        var seen = new Dictionary<long, int>();
        var pending = new List<(int Row, string Kk, MemberValues Member)>();
        HouseholdColumns? columns = null;
        var rowNumber = 0;
        job.Total = job.Bad = job.Warned = 0;
        foreach (var row in files.Rows(job))
        {
            rowNumber++;
            if (preview.Count < PreviewRows)
            {
                preview.Add(row);
            }

            if (columns is null)
            {
                columns = new HouseholdColumns(new ImportHeader(row));
                if (columns.Missing() is { Count: > 0 } missing)
                {
                    throw new ImportRefusedException(text["ColumnsMissing", string.Join(", ", missing)]);
                }

                continue;
            }

            job.Total++;
            var errors = new FieldErrors();
            var warnings = new List<string>();
            var household = fields.Household(columns.Household(row), today, errors, warnings, strict: false);
            var member = fields.Member(columns.Member(row), "", today, errors, warnings, strict: false);
            var kk = RegistryFields.Digits(ImportHeader.Cell(row, columns.Kk));
            var nik = RegistryFields.Digits(ImportHeader.Cell(row, columns.Nik));
            var reasons = errors.ToDictionary().SelectMany(e => e.Value).ToList();
            var code = reasons.Count > 0 ? "row_invalid" : "";
            if (household is not null && !tenantVillages.TryGetValue(household.VillageCode, out var inTenant))
            {
                tenantVillages[household.VillageCode] = inTenant = await villages.FindAsync(household.VillageCode, ct) is not null;
            }

            if (household is not null && !tenantVillages[household.VillageCode])
            {
                reasons.Add(text["VillageNotInPemda", household.VillageCode]);
                code = "village_outside_tenant";
            }
            else if (household is not null && !area.Covers(household.VillageCode))
            {
                reasons.Add(text["VillageOutsideArea", household.VillageCode]);
                code = "outside_your_area";
            }

            if (member is not null && long.TryParse(member.Nik, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            {
                if (seen.TryGetValue(key, out var first))
                {
                    reasons.Add(text["NikTwiceInFile", first]);
                    code = "nik_twice_in_file";
                }
                else
                {
                    seen[key] = rowNumber;
                }
            }

            if (reasons.Count > 0)
            {
                job.Bad++;
                report.Add(rowNumber, kk, nik, ImportReport.Error, code, string.Join(" ", reasons));
            }
            else
            {
                pending.Add((rowNumber, household!.KkNumber, member!));
            }

            if (warnings.Count > 0)
            {
                job.Warned++;
                report.Add(rowNumber, kk, nik, ImportReport.Warning, "row_warning", string.Join(" ", warnings));
            }

            if (pending.Count >= CheckBatch)
            {
                await CheckAgainstRegistryAsync(pending, job, report, ct);
                job.Processed = job.Total;
                await JobProgress.ReportAsync(db, job, ct);
            }
        }

        if (columns is null)
        {
            throw new ImportRefusedException(text["FileEmpty"]);
        }

        await CheckAgainstRegistryAsync(pending, job, report, ct);
        job.Processed = job.Total;
        job.Good = job.Total - job.Bad;
        job.Report = report.ToString();
        job.Preview = JsonSerializer.Serialize(preview);
        job.Message = text["CheckedSummary", job.Total, job.Good, job.Bad, job.Warned];
    }

    /// <summary>A NIK already registered for someone with a clearly different name is refused (it becomes a data-quality finding).</summary>
    private async Task CheckAgainstRegistryAsync(List<(int Row, string Kk, MemberValues Member)> pending, PerlinsosJob job, ImportReport report, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var niks = pending.Select(p => p.Member.Nik).ToList();
        var known = await db.Members.AsNoTracking().Where(m => niks.Contains(m.Nik))
            .Select(m => new { m.Nik, m.Name, m.NormalizedName }).ToDictionaryAsync(m => m.Nik, ct);
        foreach (var (row, kk, member) in pending)
        {
            if (known.TryGetValue(member.Nik, out var existing) && !SamePerson(existing.NormalizedName, member.NormalizedName))
            {
                job.Bad++;
                report.Add(row, kk, member.Nik, ImportReport.Error, "nik_used_by_other", text["NikUsedByOther", member.Nik, existing.Name]);
            }
        }

        pending.Clear();
    }

    internal static bool SamePerson(string a, string b) => a == b || JaroWinkler.Similarity(a, b) >= SamePersonSimilarity;

    public async Task WriteAsync(PerlinsosJob job, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var skip = ImportReport.ErrorRows(job.Report);
        var source = "import:" + job.Id.ToString(CultureInfo.InvariantCulture);
        actor.GiveReason(text["ImportReason", job.FileName ?? ""]);
        HouseholdColumns? columns = null;
        var batch = new List<(HouseholdValues Household, List<MemberValues> Members)>();
        var conflicts = new List<(string Kk, string Village, MemberValues Member)>();
        var rowNumber = 0;
        job.Processed = job.Created = job.Updated = 0;
        foreach (var row in files.Rows(job))
        {
            rowNumber++;
            if (columns is null)
            {
                columns = new HouseholdColumns(new ImportHeader(row));
                continue;
            }

            job.Processed++;
            var refused = skip.TryGetValue(rowNumber, out var code);
            if (refused && code != "nik_used_by_other")
            {
                continue;
            }

            var errors = new FieldErrors();
            var warnings = new List<string>();
            var household = fields.Household(columns.Household(row), today, errors, warnings, strict: false)!;
            var member = fields.Member(columns.Member(row), "", today, errors, warnings, strict: false)!;
            if (refused)
            {
                conflicts.Add((household.KkNumber, household.VillageCode, member));
                continue;
            }

            if (batch.Count > 0 && batch[^1].Household.KkNumber == household.KkNumber)
            {
                batch[^1].Members.Add(member);
            }
            else
            {
                if (batch.Count >= WriteBatch)
                {
                    await UpsertAsync(batch, conflicts, source, job, ct);
                }

                batch.Add((household, [member]));
            }
        }

        await UpsertAsync(batch, conflicts, source, job, ct);
        job.Message = text["ImportedSummary", job.Created, job.Updated, job.Bad];
        files.Delete(job);
    }

    private async Task UpsertAsync(List<(HouseholdValues Household, List<MemberValues> Members)> batch,
        List<(string Kk, string Village, MemberValues Member)> conflicts, string source, PerlinsosJob job, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var kks = batch.Select(b => b.Household.KkNumber).Distinct().ToList();
        var niks = batch.SelectMany(b => b.Members).Select(m => m.Nik).Concat(conflicts.Select(c => c.Member.Nik)).Distinct().ToList();
        var households = await db.Households.Where(h => kks.Contains(h.KkNumber)).ToDictionaryAsync(h => h.KkNumber, ct);
        var members = await db.Members.Where(m => niks.Contains(m.Nik)).ToDictionaryAsync(m => m.Nik, ct);
        var sightings = (await db.NikSightings.AsNoTracking().Where(s => niks.Contains(s.Nik))
                .Select(s => new { s.Nik, s.NormalizedName, s.BirthDate, s.KkNumber }).ToListAsync(ct))
            .Select(s => (s.Nik, s.NormalizedName, s.BirthDate, s.KkNumber)).ToHashSet();

        void See(MemberValues m, string kk, string village)
        {
            if (sightings.Add((m.Nik, m.NormalizedName, m.BirthDate, kk)))
            {
                db.NikSightings.Add(new NikSighting
                {
                    Nik = m.Nik,
                    Name = m.Name,
                    NormalizedName = m.NormalizedName,
                    BirthDate = m.BirthDate,
                    KkNumber = kk,
                    VillageCode = village,
                    Source = source,
                    SeenAt = now,
                });
            }
        }

        foreach (var (values, rows) in batch)
        {
            if (!households.TryGetValue(values.KkNumber, out var household))
            {
                household = new Household { Source = HouseholdSource.Import, RegisteredBy = actor.Name, RegisteredAt = now, UpdatedAt = now };
                values.ApplyTo(household);
                db.Households.Add(household);
                households[values.KkNumber] = household;
                job.Created++;
            }
            else if (values.Differs(household))
            {
                values.ApplyTo(household);
                household.UpdatedAt = now;
                job.Updated++;
            }

            foreach (var m in rows)
            {
                See(m, values.KkNumber, values.VillageCode);
                if (!members.TryGetValue(m.Nik, out var member))
                {
                    member = new Member { RegisteredAt = now, UpdatedAt = now };
                    m.ApplyTo(member);
                    household.Members.Add(member);
                    members[m.Nik] = member;
                    continue;
                }

                var moved = member.HouseholdId != household.Id || household.Id == 0;
                if (m.Differs(member) || moved)
                {
                    m.ApplyTo(member);
                    member.UpdatedAt = now;
                    if (moved)
                    {
                        household.Members.Add(member);
                    }
                }
            }
        }

        foreach (var (kk, village, member) in conflicts)
        {
            See(member, kk, village);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
        conflicts.Clear();
        await JobProgress.ReportAsync(db, job, ct);
    }
}
