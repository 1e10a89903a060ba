using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Data;

/// <summary>Filters every <see cref="ITenantOwned"/> entity of a model to the context's current tenant.</summary>
public static class TenantScoping
{
    /// <param name="context">A context with a public <c>TenantId</c> property, read per query.</param>
    public static void ApplyQueryFilters(ModelBuilder builder, DbContext context)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                var row = Expression.Parameter(entity.ClrType, "row");
                var rowTenant = Expression.Property(row, nameof(ITenantOwned.TenantId));
                var current = Expression.Property(Expression.Constant(context), "TenantId");
                builder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(Expression.Equal(rowTenant, current), row));
                builder.Entity(entity.ClrType).Property(nameof(ITenantOwned.TenantId)).HasMaxLength(40);
            }
        }
    }
}
