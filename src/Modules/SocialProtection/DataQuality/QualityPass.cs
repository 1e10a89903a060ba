using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// The data-quality pass: streams members (ordered by birth date, joined to their household), households,
/// repeated NIK sightings and the reference lists from the database as no-tracking projections into the
/// <see cref="QualityDetector"/>, runs the registered <see cref="IQualityCheck"/>s, then stores the findings
/// (<see cref="FindingStore"/>) and the staff-list flags. Re-running changes nothing when the data did not change.
/// </summary>
public sealed class QualityPass(PerlinsosDb db, FindingStore store, IEnumerable<IQualityCheck> checks, IOptions<QualityOptions> options, TimeProvider clock)
{
    public async Task<QualityResult> RunAsync(Func<int, Task>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var deaths = await db.DeathRecords.AsNoTracking()
            .Select(d => new DeathRow(d.Nik, d.Name, d.NormalizedName, d.DiedOn, d.Reference, d.Source)).ToListAsync(ct);
        var staff = await db.ExclusionListEntries.AsNoTracking()
            .Select(e => new StaffRow(e.List, e.Nik, e.Name, e.NormalizedName, e.BirthDate, e.Agency)).ToListAsync(ct);
        var detector = new QualityDetector(options.Value, today, deaths, staff);

        var people = from m in db.Members.AsNoTracking()
                     join h in db.Households.AsNoTracking() on m.HouseholdId equals h.Id
                     orderby m.BirthDate
                     select new PersonRow(m.Id, m.Nik, m.Name, m.NormalizedName, m.BirthPlace, m.BirthDate, m.Sex, m.IsDeceased,
                         m.IsAsn, m.IsTniPolri, m.IsVillageOfficial, h.Id, h.KkNumber, h.VillageCode);
        await foreach (var p in people.AsAsyncEnumerable().WithCancellation(ct))
        {
            detector.Person(p);
            if (progress is not null && detector.People % 100_000 == 0)
            {
                await progress(detector.People);
            }
        }

        detector.Finish();
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

    private async Task<int> ApplyFlagsAsync(List<FlagChange> changes, CancellationToken ct)
    {
        foreach (var chunk in changes.Chunk(1_000))
        {
            var ids = chunk.Select(c => c.MemberId).ToList();
            var members = await db.Members.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
            foreach (var c in chunk)
            {
                if (members.TryGetValue(c.MemberId, out var m))
                {
                    (m.IsAsn, m.IsTniPolri, m.IsVillageOfficial) = (c.IsAsn, c.IsTniPolri, c.IsVillageOfficial);
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return changes.Count;
    }
}
