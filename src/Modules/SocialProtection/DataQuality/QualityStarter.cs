using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>Starts a data-quality pass in the background; while one is queued or running, answers that one.</summary>
public sealed class QualityStarter(PerlinsosDb db, JobQueue queue, CurrentTenant tenant, TimeProvider clock)
{
    public async Task<PerlinsosJob> StartAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var running = await db.Jobs.FirstOrDefaultAsync(j => j.Kind == JobKind.QualityPass
            && (j.Status == JobStatus.Queued || j.Status == JobStatus.Checking || j.Status == JobStatus.Checked || j.Status == JobStatus.Running), ct);
        if (running is not null)
        {
            return running;
        }

        var job = new PerlinsosJob { Kind = JobKind.QualityPass, Status = JobStatus.Queued, StartedBy = user.Identity?.Name ?? "", CreatedAt = clock.GetUtcNow() };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(new JobTicket(job.Id, tenant.Id, user, JobStep.CheckThenWrite), ct);
        return job;
    }
}
