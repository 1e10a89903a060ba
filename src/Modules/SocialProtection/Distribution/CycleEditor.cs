using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Targeting;

namespace Pamong.SocialProtection.Distribution;

/// <summary>Opens a distribution stage from the program's announced run: one planned hand-over per recipient household.</summary>
public sealed class CycleEditor(PerlinsosDb db, AuditActor actor, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public async Task<Outcome<DistributionCycle>> OpenAsync(CycleInput input, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == input.Program, ct);
        if (program is null)
        {
            return Refusal.OnField("program_not_found", nameof(CycleInput.Program), text["ProgramUnknown", input.Program ?? ""]);
        }

        if (input.Stage is not { } stage || stage < 1 || stage > program.StagesPerYear)
        {
            return Refusal.OnField("stage_invalid", nameof(CycleInput.Stage), text["StageInvalid", program.StagesPerYear]);
        }

        if (input.PlannedOn is null)
        {
            return Refusal.OnField("planned_on_required", nameof(CycleInput.PlannedOn), text["PlannedOnRequired"]);
        }

        var run = await db.TargetingRuns.AsNoTracking().Where(r => r.ProgramId == program.Id && r.Status == RunStatus.Announced)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return Refusal.Conflict("no_announced_run", text["NoAnnouncedRun", program.Name]);
        }

        if (await db.DistributionCycles.AnyAsync(c => c.ProgramId == program.Id && c.Period == run.Period && c.Stage == stage, ct))
        {
            return Refusal.Conflict("cycle_exists", text["CycleExists", stage, run.Period], nameof(CycleInput.Stage));
        }

        var cycle = new DistributionCycle
        {
            ProgramId = program.Id,
            RunId = run.Id,
            Period = run.Period,
            Stage = stage,
            Channel = input.Channel?.Trim() ?? "",
            PlannedOn = input.PlannedOn.Value,
            OpenedBy = actor.Name,
            OpenedAt = clock.GetUtcNow(),
        };
        db.DistributionCycles.Add(cycle);
        await db.SaveChangesAsync(ct);

        var recipients = await db.TargetingDecisions.AsNoTracking().Where(d => d.RunId == run.Id && d.Status == DecisionStatus.Selected).ToListAsync(ct);
        foreach (var d in recipients)
        {
            db.HandOvers.Add(new HandOver
            {
                CycleId = cycle.Id,
                DecisionId = d.Id,
                HouseholdId = d.HouseholdId,
                KkNumber = d.KkNumber,
                HeadName = d.HeadName,
                VillageCode = d.VillageCode,
                Amount = d.Benefit,
                Status = HandOverStatus.Planned,
            });
        }

        await db.SaveChangesAsync(ct);
        return cycle;
    }
}
