using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Regions;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Targeting;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>
/// Keeps the precomputed Cek Bansos table: when a run is announced, the program's lines are replaced by one line
/// per member of every household the run decided on; when one decision changes (an upheld appeal), that
/// household's lines are rewritten.
/// </summary>
public sealed class CekBansosTable(PerlinsosDb db, NikHasher hasher, RegionDirectory regions)
{
    public async Task RebuildAsync(AidProgram program, TargetingRun run, CancellationToken ct)
    {
        await db.CekBansos.Where(e => e.ProgramId == program.Id).ExecuteDeleteAsync(ct);
        var decisions = db.TargetingDecisions.AsNoTracking().Where(d => d.RunId == run.Id);
        await WriteAsync(program, run, decisions, ct);
    }

    public async Task RewriteAsync(AidProgram program, TargetingRun run, TargetingDecision decision, CancellationToken ct)
    {
        await db.CekBansos.Where(e => e.DecisionId == decision.Id).ExecuteDeleteAsync(ct);
        await WriteAsync(program, run, db.TargetingDecisions.AsNoTracking().Where(d => d.Id == decision.Id), ct);
    }

    private async Task WriteAsync(AidProgram program, TargetingRun run, IQueryable<TargetingDecision> decisions, CancellationToken ct)
    {
        var rows = await (from d in decisions
                          join m in db.Members.AsNoTracking() on d.HouseholdId equals m.HouseholdId
                          select new { d.Id, d.VillageCode, d.Status, d.OutcomesJson, m.Nik, m.NormalizedName }).ToListAsync(ct);
        foreach (var chunk in rows.Chunk(2000))
        {
            foreach (var r in chunk)
            {
                db.CekBansos.Add(new CekBansosEntry
                {
                    NikHash = hasher.Hash(db.TenantId, r.Nik),
                    NameKey = r.NormalizedName,
                    ProgramId = program.Id,
                    ProgramName = program.Name,
                    RunId = run.Id,
                    DecisionId = r.Id,
                    Period = run.Period,
                    VillageName = regions.Tree.Find(r.VillageCode)?.Name ?? r.VillageCode,
                    Status = r.Status,
                    OutcomesJson = r.OutcomesJson,
                    AppealUntil = run.AppealUntil,
                });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
