using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Reports;

/// <summary>Builds a period's report files for the page and the API (null when the period does not exist).</summary>
public sealed class ReportFiles(PeriodSummaries summaries, TenantDirectory tenants, CurrentTenant tenant, TimeProvider clock)
{
    public async Task<byte[]?> PdfAsync(int year, CancellationToken ct) =>
        await summaries.ForYearAsync(year, ct) is { } summary ? EvaluationReport.Pdf(summary, Pemda(), Today()) : null;

    public async Task<byte[]?> XlsxAsync(int year, CancellationToken ct) =>
        await summaries.ForYearAsync(year, ct) is { } summary ? EvaluationReport.Xlsx(summary, Pemda()) : null;

    private string Pemda() => tenants.Find(tenant.Id)?.Name ?? tenant.Id;

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Platform.Localization.IndonesianFormat.Wib).DateTime);
}
