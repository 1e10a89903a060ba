using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.SocialProtection.CekBansos;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Programs;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// Starts a program's selection for a period (computed by <see cref="TargetingWorker"/>, or at once from the
/// command line), computes it, and approves it (the Dinas Sosial's decision, which announces the result and
/// opens the appeal period).
/// </summary>
public sealed partial class TargetingRuns(
    PerlinsosDb db, HouseholdFactsReader facts, SelectionInputs inputs, TargetingQueue queue, CekBansosTable lookup,
    AuditActor actor, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    private const int Batch = 1000;

    /// <summary>Opens the next version of the run; a run of the same program and period still computing is returned instead.</summary>
    public async Task<Outcome<TargetingRun>> StartAsync(string programCode, string? period, CancellationToken ct, bool enqueue = true)
    {
        var program = await db.Programs.FirstOrDefaultAsync(p => p.Code == programCode, ct);
        if (program is null)
        {
            return Refusal.NotFound("program_not_found", text["ProgramNotFound", programCode]);
        }

        period = period?.Trim().ToUpperInvariant() ?? "";
        if (!PeriodPattern().IsMatch(period))
        {
            return Refusal.OnField("period_invalid", "Period", text["PeriodInvalid"]);
        }

        if (!program.Active)
        {
            return Refusal.Conflict("program_inactive", text["ProgramInactive", program.Name]);
        }

        var running = await db.TargetingRuns.FirstOrDefaultAsync(r => r.ProgramId == program.Id && r.Period == period && r.Status == RunStatus.Running, ct);
        if (running is not null)
        {
            return running;
        }

        var version = await db.TargetingRuns.Where(r => r.ProgramId == program.Id && r.Period == period).MaxAsync(r => (int?)r.Version, ct) ?? 0;
        var now = clock.GetUtcNow();
        var run = new TargetingRun
        {
            ProgramId = program.Id,
            Period = period,
            Version = version + 1,
            Status = RunStatus.Running,
            ReferenceDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, IndonesianFormat.Wib).DateTime),
            StartedBy = actor.Name,
            StartedAt = now,
        };
        db.TargetingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        if (enqueue)
        {
            queue.Enqueue(db.TenantId, run.Id);
        }

        return run;
    }

    /// <summary>Evaluates every household, selects, and stores the decisions in batches (the run's progress).</summary>
    public async Task ExecuteAsync(int runId, CancellationToken ct)
    {
        var run = await db.TargetingRuns.SingleAsync(r => r.Id == runId, ct);
        if (run.Status != RunStatus.Running)
        {
            return;
        }

        try
        {
            var program = await db.Programs.Include(p => p.Components).Include(p => p.Quotas).SingleAsync(p => p.Id == run.ProgramId, ct);
            var households = await facts.ReadAsync(run.ReferenceDay, ct);
            var byId = households.ToDictionary(h => h.HouseholdId);
            var overrides = await inputs.OverridesAsync(program.Id, ct);
            var takenBy = await inputs.TakenByAsync(program, run.Period, ct);
            var drafts = Selection.Run(program.Rules, households, program.QuotaOf, takenBy, overrides);
            run.Total = drafts.Count;
            await db.SaveChangesAsync(ct);

            var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var chunk in drafts.Chunk(Batch))
            {
                foreach (var d in chunk)
                {
                    var household = byId[d.HouseholdId];
                    db.TargetingDecisions.Add(new TargetingDecision
                    {
                        RunId = run.Id,
                        HouseholdId = d.HouseholdId,
                        KkNumber = household.KkNumber,
                        VillageCode = d.VillageCode,
                        HeadName = household.HeadName,
                        HeadNik = household.HeadNik,
                        Rt = household.Rt,
                        Rw = household.Rw,
                        Status = d.Status,
                        Rank = d.Rank,
                        Benefit = d.Status == DecisionStatus.Selected ? program.BenefitFor(household.Present) : 0,
                        OutcomesJson = OutcomeJson.Write(d.Outcomes),
                    });
                    digest.AppendData(Encoding.UTF8.GetBytes($"{d.HouseholdId}|{d.Status}|{d.Rank}\n"));
                }

                run.Processed += chunk.Length;
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                db.TargetingRuns.Attach(run);
            }

            run.SelectedCount = drafts.Count(d => d.Status == DecisionStatus.Selected);
            run.EligibleCount = drafts.Count(d => d.Status is DecisionStatus.Selected or DecisionStatus.OverQuota);
            run.Digest = Convert.ToHexStringLower(digest.GetHashAndReset());
            run.Status = RunStatus.Completed;
            run.FinishedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var failed = await db.TargetingRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
            failed.Status = RunStatus.Failed;
            failed.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            failed.FinishedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>The Dinas Sosial approves a computed run: it is announced, the earlier announced version is superseded, and Cek Bansos answers from it.</summary>
    public async Task<Outcome<TargetingRun>> ApproveAsync(int runId, string? note, CancellationToken ct)
    {
        var run = await db.TargetingRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return Refusal.NotFound("run_not_found", text["RunNotFound", runId]);
        }

        if (run.Status != RunStatus.Completed)
        {
            return Refusal.Conflict("run_not_completed", text["RunNotCompleted"]);
        }

        var program = await db.Programs.SingleAsync(p => p.Id == run.ProgramId, ct);
        foreach (var earlier in await db.TargetingRuns.Where(r => r.ProgramId == run.ProgramId && r.Period == run.Period && r.Status == RunStatus.Announced).ToListAsync(ct))
        {
            earlier.Status = RunStatus.Superseded;
        }

        var now = clock.GetUtcNow();
        run.Status = RunStatus.Announced;
        run.ApprovedBy = actor.Name;
        run.AnnouncedAt = now;
        run.AppealUntil = now.AddDays(program.AppealDays);
        run.ApprovalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        actor.GiveReason(run.ApprovalNote);
        await db.SaveChangesAsync(ct);
        await lookup.RebuildAsync(program, run, ct);
        return run;
    }

    /// <summary>Selected households added and removed compared with the previous version of the same program and period.</summary>
    public async Task<RunDiff?> DiffAsync(int runId, CancellationToken ct)
    {
        var run = await db.TargetingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return null;
        }

        var previous = await db.TargetingRuns.AsNoTracking()
            .Where(r => r.ProgramId == run.ProgramId && r.Period == run.Period && r.Version < run.Version && r.Status != RunStatus.Running && r.Status != RunStatus.Failed)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        var now = await Selected(run.Id, ct);
        var before = previous is null ? [] : await Selected(previous.Id, ct);
        return new RunDiff(run.Id, previous?.Id, previous?.Version,
            now.Where(n => !before.ContainsKey(n.Key)).Select(n => n.Value).OrderBy(d => d.VillageCode).ThenBy(d => d.KkNumber).ToList(),
            before.Where(b => !now.ContainsKey(b.Key)).Select(b => b.Value).OrderBy(d => d.VillageCode).ThenBy(d => d.KkNumber).ToList());
    }

    private async Task<Dictionary<int, DiffLine>> Selected(int runId, CancellationToken ct) =>
        await db.TargetingDecisions.AsNoTracking().Where(d => d.RunId == runId && d.Status == DecisionStatus.Selected)
            .Select(d => new DiffLine(d.HouseholdId, d.KkNumber, d.HeadName, d.VillageCode))
            .ToDictionaryAsync(d => d.HouseholdId, ct);

    [GeneratedRegex("^20[0-9]{2}(-[A-Z0-9]{1,6})?$")]
    private static partial Regex PeriodPattern();
}

public sealed record RunDiff(int RunId, int? PreviousRunId, int? PreviousVersion, IReadOnlyList<DiffLine> Added, IReadOnlyList<DiffLine> Removed);

public sealed record DiffLine(int HouseholdId, string KkNumber, string HeadName, string VillageCode);
