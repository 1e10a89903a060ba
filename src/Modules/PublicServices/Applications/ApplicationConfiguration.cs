using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.ToTable("PublicServicesApplications");
        b.HasIndex(a => new { a.TenantId, a.Number }).IsUnique();
        b.HasIndex(a => new { a.TenantId, a.Status, a.VillageCode });
        b.HasIndex(a => new { a.TenantId, a.ServiceId, a.SubmittedAt });
        b.HasIndex(a => new { a.TenantId, a.ApplicantUserId });
        b.HasOne<Service>().WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkflowVersion>().WithMany().HasForeignKey(a => a.WorkflowVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Number).HasMaxLength(40);
        b.Property(a => a.ApplicantNik).HasMaxLength(16);
        b.Property(a => a.ApplicantName).HasMaxLength(200);
        b.Property(a => a.ApplicantUserId).HasMaxLength(450);
        b.Property(a => a.AssistedByUserId).HasMaxLength(450);
        b.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.VillageCode).HasMaxLength(13);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
    }
}
