using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Complaints;

internal sealed class ComplaintFileConfiguration : IEntityTypeConfiguration<ComplaintFile>
{
    public void Configure(EntityTypeBuilder<ComplaintFile> b)
    {
        b.ToTable("ComplaintsFiles");
        b.Property(x => x.TenantId).HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasOne(x => x.Content).WithOne().HasForeignKey<ComplaintFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintFileContentConfiguration : IEntityTypeConfiguration<ComplaintFileContent>
{
    public void Configure(EntityTypeBuilder<ComplaintFileContent> b)
    {
        b.ToTable("ComplaintsFileContents");
        b.Property(x => x.TenantId).HasMaxLength(40);
    }
}
