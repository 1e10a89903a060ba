using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.PublicServices.Applications;

namespace Pamong.PublicServices.Statistics;

/// <summary>
/// The indexes the dashboards read applications by (in addition to ApplicationConfiguration's
/// (TenantId, ServiceId, SubmittedAt)): the period of a Pemda, and a village or kecamatan in a period.
/// </summary>
internal sealed class ApplicationStatisticsIndexes : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.HasIndex(a => new { a.TenantId, a.SubmittedAt });
        b.HasIndex(a => new { a.TenantId, a.VillageCode, a.SubmittedAt });
    }
}
