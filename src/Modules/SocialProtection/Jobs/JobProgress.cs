using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Jobs;

/// <summary>Writes a job's counters while it runs (the work may clear its context between batches).</summary>
internal static class JobProgress
{
    public static Task ReportAsync(PerlinsosDb db, PerlinsosJob job, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Total, job.Total)
            .SetProperty(j => j.Processed, job.Processed)
            .SetProperty(j => j.Good, job.Good)
            .SetProperty(j => j.Bad, job.Bad)
            .SetProperty(j => j.Warned, job.Warned)
            .SetProperty(j => j.Created, job.Created)
            .SetProperty(j => j.Updated, job.Updated), ct);

    /// <summary>Saves the whole job row, attaching it again if the work cleared the context.</summary>
    public static async Task SaveAsync(PerlinsosDb db, PerlinsosJob job, CancellationToken ct)
    {
        if (db.Entry(job).State == EntityState.Detached)
        {
            db.Jobs.Update(job);
        }

        await db.SaveChangesAsync(ct);
    }
}
