using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Applications.Numbering;

internal sealed class ApplicationNumberCounterConfiguration : IEntityTypeConfiguration<ApplicationNumberCounter>
{
    public void Configure(EntityTypeBuilder<ApplicationNumberCounter> b)
    {
        b.ToTable(ApplicationNumbers.Table);
        b.HasKey(c => new { c.TenantId, c.Year });
    }
}
