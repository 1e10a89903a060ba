using Microsoft.Extensions.Localization;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Jobs;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>The data-quality pass as a background job (started from the page or the API).</summary>
internal sealed class QualityPassJob(PerlinsosDb db, QualityPass pass, IStringLocalizer<PerlinsosText> text) : IJobWork
{
    public JobKind Kind => JobKind.QualityPass;

    public async Task CheckAsync(PerlinsosJob job, CancellationToken ct)
    {
        job.Total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Members, ct);
        job.Processed = 0;
    }

    public async Task WriteAsync(PerlinsosJob job, CancellationToken ct)
    {
        var result = await pass.RunAsync(async n =>
        {
            job.Processed = n;
            await JobProgress.ReportAsync(db, job, ct);
        }, ct);
        job.Processed = job.Total = result.People;
        job.Created = result.New;
        job.Updated = result.Changed;
        job.Message = text["QualitySummary", result.People, result.Households, result.Findings, result.New, result.Changed, result.Gone,
            Math.Round(result.Detection.TotalSeconds, 1), Math.Round(result.Storing.TotalSeconds, 1)];
    }
}
