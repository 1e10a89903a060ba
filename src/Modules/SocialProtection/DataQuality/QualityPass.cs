using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// The data-quality pass: streams members (ordered by birth date, joined to their household), households,
/// repeated NIK sightings and the reference lists from the database as no-tracking projections into the
/// <see cref="QualityDetector"/>, runs the registered <see cref="IQualityCheck"/>s, then stores the findings
/// (<see cref="FindingStore"/>) and the staff-list flags. Re-running changes nothing when the data did not change.
/// </summary>
public sealed class QualityPass(PerlinsosDb db, IServiceScopeFactory scopes, CurrentTenant tenant, FindingStore store, IEnumerable<IQualityCheck> checks, IOptions<QualityOptions> options, PerlinsosEvents events,
    TimeProvider clock)
{
    public async Task<QualityResult> RunAsync(Func<int, Task>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var deaths = await db.DeathRecords.AsNoTracking()
            .Select(d => new DeathRow(d.Nik, d.Name, d.NormalizedName, d.DiedOn, d.Reference, d.Source)).ToListAsync(ct);
        var staff = await db.ExclusionListEntries.AsNoTracking()
            .Select(e => new StaffRow(e.List, e.Nik, e.Name, e.NormalizedName, e.BirthDate, e.Agency)).ToListAsync(ct);
        var read = 0;
        var detectors = await Task.WhenAll(Enumerable.Range(0, 2).Select(half => Task.Run(async () =>
        {
            // Two halves read in parallel, each on its own connection and detector: people born on an even day of the month
            // and people born on an odd day. A block never spans two birth dates, so the halves are independent.
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant.Id);
            var rangeDb = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
            var detector = new QualityDetector(options.Value, today, deaths, staff);
            var people = from m in rangeDb.Members.AsNoTracking()
                         join h in rangeDb.Households.AsNoTracking() on m.HouseholdId equals h.Id
                         where m.BirthDate.Day % 2 == half
                         orderby m.BirthDate
                         select new PersonRow(m.Id, m.Nik, m.Name, m.NormalizedName, m.BirthPlace, m.BirthDate, m.Sex, m.IsDeceased,
                             m.IsAsn, m.IsTniPolri, m.IsVillageOfficial, h.Id, h.KkNumber, h.VillageCode);
            await foreach (var p in people.AsAsyncEnumerable().WithCancellation(ct))
            {
                detector.Person(p);
                if (Interlocked.Increment(ref read) % 100_000 == 0 && half == 0 && progress is not null)
                {
                    await progress(Volatile.Read(ref read));
                }
            }

            detector.Finish();
            return detector;
        }, ct)));
        var detector = detectors[0];
        foreach (var other in detectors.Skip(1))
        {
            detector.Absorb(other);
        }

        var households = 0;
        await foreach (var h in db.Households.AsNoTracking()
                           .Select(h => new HouseholdRow(h.Id, h.KkNumber, h.VillageCode, h.MonthlyIncome, h.ElectricityVa, h.LandArea, h.LargeLivestock, h.Cars))
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            households++;
            detector.Household(h);
        }

        await ReadSightingsAsync(detector, ct);
        foreach (var check in checks)
        {
            await check.RunAsync(detector.Findings, ct);
        }

        var detection = watch.Elapsed;
        watch.Restart();
        var stored = await store.UpsertAsync(detector.Findings, ct);
        var flags = await ApplyFlagsAsync(detector.FlagChanges, ct);
        return new QualityResult(detector.People, households, detector.Comparisons, stored.Findings, stored.New, stored.Changed, stored.Reopened,
            stored.Gone, flags, detection, watch.Elapsed)
        {
            ByKind = detector.Findings.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    /// <summary>Only NIKs seen more than once can be shared; the database finds those, the detector compares them.</summary>
    private async Task ReadSightingsAsync(QualityDetector detector, CancellationToken ct)
    {
        var repeated = db.NikSightings.GroupBy(s => s.Nik).Where(g => g.Count() > 1).Select(g => g.Key);
        var rows = db.NikSightings.AsNoTracking().Where(s => repeated.Contains(s.Nik)).OrderBy(s => s.Nik)
            .Select(s => new SightingRow(s.Nik, s.Name, s.NormalizedName, s.BirthDate, s.KkNumber, s.VillageCode, s.Source));
        var group = new List<SightingRow>();
        await foreach (var s in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (group.Count > 0 && group[0].Nik != s.Nik)
            {
                detector.Sightings(group[0].Nik, group);
                group = [];
            }

            group.Add(s);
        }

        if (group.Count > 0)
        {
            detector.Sightings(group[0].Nik, group);
        }
    }

    /// <summary>
    /// Sets the staff-list flags the pass found changed, in chunks: one UPDATE per combination of flags and one audit
    /// record per chunk with every member's NIK and flags before and after (a province-wide pass can change thousands).
    /// </summary>
    private async Task<int> ApplyFlagsAsync(List<FlagChange> changes, CancellationToken ct)
    {
        foreach (var chunk in changes.Chunk(5_000))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var group in chunk.GroupBy(c => c.After))
            {
                var ids = group.Select(c => c.MemberId).ToList();
                var flags = group.Key;
                await db.Members.Where(m => EF.Parameter(ids).Contains(m.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.IsAsn, flags.IsAsn)
                    .SetProperty(m => m.IsTniPolri, flags.IsTniPolri)
                    .SetProperty(m => m.IsVillageOfficial, flags.IsVillageOfficial), ct);
            }

            events.Record(AuditActions.Updated, nameof(Registry.Member), StaffFlagsSubject,
                JsonSerializer.Serialize(chunk.ToDictionary(c => c.Nik, c => c.After)), StaffFlagsReason,
                JsonSerializer.Serialize(chunk.ToDictionary(c => c.Nik, c => c.Before)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return changes.Count;
    }

    /// <summary>The subject id of the audit records of staff-list flags set by a pass (one record per chunk of members).</summary>
    internal const string StaffFlagsSubject = "staff-lists";

    private const string StaffFlagsReason = "Pemeriksaan kualitas data: daftar ASN/TNI/Polri/perangkat desa";
}
