using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Workflows;

internal sealed class WorkflowStepConfiguration : IEntityTypeConfiguration<WorkflowStep>
{
    public void Configure(EntityTypeBuilder<WorkflowStep> b)
    {
        b.ToTable("PublicServicesWorkflowSteps");
        b.HasIndex(s => new { s.WorkflowVersionId, s.Order }).IsUnique();
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Role).HasMaxLength(40);
        b.Property(s => s.UnitCode).HasMaxLength(40);
    }
}
