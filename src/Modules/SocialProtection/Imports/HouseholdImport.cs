using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
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
    PerlinsosDb db, ImportFiles files, HouseholdFile file, TenantVillages villages, AuditActor actor, PerlinsosEvents events, TimeProvider clock,
    Microsoft.AspNetCore.Http.IHttpContextAccessor http, IStringLocalizer<PerlinsosText> text) : IJobWork
{
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
        job.Total = job.Bad = job.Warned = 0;
        await foreach (var chunk in file.ReadAsync(job, today, preview.Add, ct))
        {
            foreach (var row in chunk)
            {
                if (preview.Count < PreviewRows)
                {
                    preview.Add(row.Cells);
                }

                job.Total++;
                var (household, member) = (row.Household, row.Member);
                var reasons = row.Errors;
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
                        seen[key] = row.Number;
                    }
                }

                if (reasons.Count > 0)
                {
                    job.Bad++;
                    report.Add(row.Number, row.Kk, row.Nik, ImportReport.Error, code, string.Join(" ", reasons));
                }
                else
                {
                    pending.Add((row.Number, household!.KkNumber, member!));
                }

                if (row.Warnings.Count > 0)
                {
                    job.Warned++;
                    report.Add(row.Number, row.Kk, row.Nik, ImportReport.Warning, "row_warning", string.Join(" ", row.Warnings));
                }
            }

            await CheckAgainstRegistryAsync(pending, job, report, ct);
            job.Processed = job.Total;
            await JobProgress.ReportAsync(db, job, ct);
        }

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
        var known = await db.Members.AsNoTracking().Where(m => EF.Parameter(niks).Contains(m.Nik))
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
        var batch = new List<(HouseholdValues Household, List<MemberValues> Members)>();
        var conflicts = new List<(string Kk, string Village, MemberValues Member)>();
        job.Processed = job.Created = job.Updated = 0;
        await foreach (var chunk in file.ReadAsync(job, today, null, ct))
        {
            foreach (var row in chunk)
            {
                job.Processed++;
                var refused = skip.TryGetValue(row.Number, out var code);
                if (refused && code != "nik_used_by_other")
                {
                    continue;
                }

                var (household, member) = (row.Household!, row.Member!);
                if (refused)
                {
                    conflicts.Add((household.KkNumber, household.VillageCode, member));
                }
                else if (batch.Count > 0 && batch[^1].Household.KkNumber == household.KkNumber)
                {
                    batch[^1].Members.Add(member);
                }
                else
                {
                    batch.Add((household, [member]));
                }
            }

            await UpsertAsync(batch, conflicts, source, job, ct);
        }

        job.Message = text["ImportedSummary", job.Created, job.Updated, job.Bad];
        files.Delete(job);
    }

    /// <summary>
    /// Writes one batch in one transaction. New households, members and sightings go in bulk (<see cref="BulkRows"/>)
    /// and are recorded by one audit record for the batch (the KK numbers and NIKs created, the rows' hash); changes
    /// to households and members already registered are saved through the audited save, so each keeps its
    /// before/after record like an edit by hand.
    /// </summary>
    private async Task UpsertAsync(List<(HouseholdValues Household, List<MemberValues> Members)> batch,
        List<(string Kk, string Village, MemberValues Member)> conflicts, string source, PerlinsosJob job, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var kks = batch.Select(b => b.Household.KkNumber).Distinct().ToList();
        var niks = batch.SelectMany(b => b.Members).Select(m => m.Nik).Concat(conflicts.Select(c => c.Member.Nik)).Distinct().ToList();
        var households = await db.Households.Where(h => EF.Parameter(kks).Contains(h.KkNumber)).ToDictionaryAsync(h => h.KkNumber, ct);
        var members = await db.Members.Where(m => EF.Parameter(niks).Contains(m.Nik)).ToDictionaryAsync(m => m.Nik, ct);
        var sightings = (await db.NikSightings.AsNoTracking().Where(s => EF.Parameter(niks).Contains(s.Nik))
                .Select(s => new { s.Nik, s.NormalizedName, s.BirthDate, s.KkNumber }).ToListAsync(ct))
            .Select(s => (s.Nik, s.NormalizedName, s.BirthDate, s.KkNumber)).ToHashSet();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var newKks = kks.Where(kk => !households.ContainsKey(kk)).ToList();
        var ids = await BulkRows.ReserveIdsAsync(db, "PerlinsosHouseholds", newKks.Count, ct);
        var newIds = newKks.Select((kk, i) => (kk, i)).ToDictionary(x => x.kk, x => (int)ids[x.i]);
        var householdRows = new HouseholdRows();
        var memberRows = NewMemberRows();
        var sightingRows = NewSightingRows();
        var created = new Created();

        void See(MemberValues m, string kk, string village)
        {
            if (sightings.Add((m.Nik, m.NormalizedName, m.BirthDate, kk)))
            {
                sightingRows.Add(db.TenantId, m.Nik, m.Name, m.NormalizedName, m.BirthDate, kk, village, source, now);
            }
        }

        foreach (var (values, rows) in batch)
        {
            int householdId;
            if (households.TryGetValue(values.KkNumber, out var household))
            {
                householdId = household.Id;
                if (values.Differs(household))
                {
                    values.ApplyTo(household);
                    household.UpdatedAt = now;
                    job.Updated++;
                }
            }
            else if (newIds.Remove(values.KkNumber, out householdId))
            {
                householdRows.Add(householdId, db.TenantId, values.KkNumber, values.VillageCode, values.Rt, values.Rw, values.Address,
                    values.WelfareDecile, values.MonthlyIncome, values.FloorMaterial?.ToString(), values.WallMaterial?.ToString(),
                    values.RoofMaterial?.ToString(), values.FloorArea, values.ElectricityVa, values.LandArea, values.LargeLivestock,
                    values.SmallLivestock, values.Motorcycles, values.Cars, nameof(HouseholdSource.Import), actor.Name, now, now);
                created.Households.Add(values.KkNumber);
                job.Created++;
            }
            else
            {
                // The same KK again later in the batch (its rows were not next to each other): already written above.
                householdId = householdRows.IdOf(values.KkNumber);
            }

            foreach (var m in rows)
            {
                See(m, values.KkNumber, values.VillageCode);
                if (!members.TryGetValue(m.Nik, out var member))
                {
                    memberRows.Add(db.TenantId, householdId, m.Nik, m.Name, m.NormalizedName, m.BirthPlace, m.BirthDate, m.Sex.ToString(),
                        m.Relationship.ToString(), m.Occupation, m.Disability.ToString(), m.ChronicIllness, m.Pregnant, false, false, false, false, now, now);
                    members[m.Nik] = new Member { Nik = m.Nik, HouseholdId = householdId };
                    created.Members.Add(m.Nik);
                    continue;
                }

                var moved = member.HouseholdId != householdId;
                if (m.Differs(member) || moved)
                {
                    m.ApplyTo(member);
                    member.HouseholdId = householdId;
                    member.UpdatedAt = now;
                }
            }
        }

        foreach (var (kk, village, member) in conflicts)
        {
            See(member, kk, village);
        }

        await householdRows.WriteAsync(db, ct);
        await memberRows.WriteAsync(db, ct);
        await sightingRows.WriteAsync(db, ct);
        if (created.Any)
        {
            events.Record(ImportedAction, nameof(Household), source, created.Detail(job, source));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
        conflicts.Clear();
        await JobProgress.ReportAsync(db, job, ct);
    }

    private static BulkRows NewMemberRows() => new("PerlinsosMembers", "TenantId", "HouseholdId", "Nik", "Name", "NormalizedName", "BirthPlace",
        "BirthDate", "Sex", "Relationship", "Occupation", "Disability", "ChronicIllness", "Pregnant", "IsAsn", "IsTniPolri", "IsVillageOfficial",
        "IsDeceased", "RegisteredAt", "UpdatedAt");

    private static BulkRows NewSightingRows() => new("PerlinsosNikSightings", "TenantId", "Nik", "Name", "NormalizedName", "BirthDate", "KkNumber",
        "VillageCode", "Source", "SeenAt");

    /// <summary>New households of a batch, with the ids reserved for them.</summary>
    private sealed class HouseholdRows
    {
        private readonly BulkRows _rows = new("PerlinsosHouseholds", "Id", "TenantId", "KkNumber", "VillageCode", "Rt", "Rw", "Address",
            "WelfareDecile", "MonthlyIncome", "FloorMaterial", "WallMaterial", "RoofMaterial", "FloorArea", "ElectricityVa", "LandArea",
            "LargeLivestock", "SmallLivestock", "Motorcycles", "Cars", "Source", "RegisteredBy", "RegisteredAt", "UpdatedAt");

        private readonly Dictionary<string, int> _ids = [];

        public void Add(int id, params object?[] rest)
        {
            _ids[(string)rest[1]!] = id;
            _rows.Add([id, .. rest]);
        }

        public int IdOf(string kk) => _ids[kk];

        public Task WriteAsync(PerlinsosDb db, CancellationToken ct) => _rows.WriteAsync(db, ct);
    }

    /// <summary>What a batch created, for its one audit record.</summary>
    private sealed class Created
    {
        public List<string> Households { get; } = [];
        public List<string> Members { get; } = [];
        public bool Any => Households.Count > 0 || Members.Count > 0;

        public string Detail(PerlinsosJob job, string source) =>
            JsonSerializer.Serialize(new { job = job.Id, file = job.FileName, source, households = Households, members = Members });
    }

    /// <summary>The audit action of a batch of households and members created by an import.</summary>
    internal const string ImportedAction = "imported";
}
