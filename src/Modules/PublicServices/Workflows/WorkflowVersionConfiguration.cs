using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pamong.PublicServices.Catalogue;

namespace Pamong.PublicServices.Workflows;

internal sealed class WorkflowVersionConfiguration : IEntityTypeConfiguration<WorkflowVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowVersion> b)
    {
        b.ToTable("PublicServicesWorkflowVersions");
        b.HasIndex(v => new { v.ServiceId, v.Number }).IsUnique();
        b.HasOne<Service>().WithMany().HasForeignKey(v => v.ServiceId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.CreatedBy).HasMaxLength(200);
        b.Property(v => v.Note).HasMaxLength(1000);
        b.HasMany(v => v.Steps).WithOne().HasForeignKey(s => s.WorkflowVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.Fields).WithOne().HasForeignKey(f => f.WorkflowVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
