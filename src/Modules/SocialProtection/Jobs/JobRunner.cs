using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Jobs;

/// <summary>
/// Runs queued Perlinsos jobs one at a time. Each runs in its own scope for its Pemda and on behalf of the officer
/// who started it (a request context carrying their sign-in), so its changes are audited under their name.
/// </summary>
internal sealed class JobRunner(JobQueue queue, IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<JobRunner> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var ticket in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(ticket, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed job must not stop the runner; the failure is recorded on the job.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "Perlinsos job {Job} failed", ticket.JobId);
                await FailAsync(ticket, e, stoppingToken);
            }
        }
    }

    private async Task RunAsync(JobTicket ticket, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(ticket.TenantId);
        http.HttpContext = new DefaultHttpContext { User = ticket.User, RequestServices = scope.ServiceProvider };
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
            var job = await db.Jobs.SingleAsync(j => j.Id == ticket.JobId, ct);
            var work = scope.ServiceProvider.GetServices<IJobWork>().Single(w => w.Kind == job.Kind);
            if (ticket.Step is JobStep.Check or JobStep.CheckThenWrite)
            {
                job.Status = JobStatus.Checking;
                await JobProgress.SaveAsync(db, job, ct);
                await work.CheckAsync(job, ct);
                var refused = job.Bad > 0 && job.Mode == ImportMode.AllOrNothing;
                job.Status = refused ? JobStatus.Failed : ticket.Step == JobStep.Check ? JobStatus.Checked : JobStatus.Running;
                if (refused)
                {
                    job.FinishedAt = clock.GetUtcNow();
                }

                await JobProgress.SaveAsync(db, job, ct);
                if (ticket.Step == JobStep.Check || refused)
                {
                    return;
                }
            }

            job.Status = JobStatus.Running;
            job.Processed = 0;
            await JobProgress.SaveAsync(db, job, ct);
            await work.WriteAsync(job, ct);
            job.Status = JobStatus.Succeeded;
            job.FinishedAt = clock.GetUtcNow();
            await JobProgress.SaveAsync(db, job, ct);
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    private async Task FailAsync(JobTicket ticket, Exception e, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(ticket.TenantId);
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        await db.Jobs.Where(j => j.Id == ticket.JobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Failed)
            .SetProperty(j => j.Message, "Gagal: " + e.Message[..Math.Min(e.Message.Length, 900)])
            .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);
    }
}
