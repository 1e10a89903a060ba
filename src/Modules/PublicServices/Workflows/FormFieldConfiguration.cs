using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.PublicServices.Workflows;

internal sealed class FormFieldConfiguration : IEntityTypeConfiguration<FormField>
{
    public void Configure(EntityTypeBuilder<FormField> b)
    {
        b.ToTable("PublicServicesFormFields");
        b.HasIndex(f => new { f.WorkflowVersionId, f.Key }).IsUnique();
        b.Property(f => f.Key).HasMaxLength(60);
        b.Property(f => f.Label).HasMaxLength(200);
        b.Property(f => f.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Min).HasPrecision(18, 4);
        b.Property(f => f.Max).HasPrecision(18, 4);
        b.Property(f => f.Hint).HasMaxLength(500);
    }
}
