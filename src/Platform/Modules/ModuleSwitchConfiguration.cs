using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pamong.Platform.Modules;

internal sealed class ModuleSwitchConfiguration : IEntityTypeConfiguration<ModuleSwitch>
{
    public void Configure(EntityTypeBuilder<ModuleSwitch> b)
    {
        b.HasIndex(s => new { s.TenantId, s.ModuleId }).IsUnique();
        b.Property(s => s.ModuleId).HasMaxLength(40);
    }
}
