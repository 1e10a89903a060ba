using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Complaints;

internal sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> b)
    {
        b.ToTable("ComplaintsEvents");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ActorName).HasMaxLength(256);
        b.Property(x => x.UnitName).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(ComplaintLimits.Answer);
    }
}
