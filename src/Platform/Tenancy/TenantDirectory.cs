using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Data;

namespace Pamong.Platform.Tenancy;

/// <summary>The list of Pemda on this deployment, cached in memory (it changes rarely).</summary>
public sealed class TenantDirectory(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyList<Tenant>? _tenants;

    public IReadOnlyList<Tenant> All => _tenants ??= Load();

    public Tenant? Find(string? id) => All.FirstOrDefault(t => t.Id == id);

    public bool Exists(string? id) => Find(id) is not null;

    public string? FindByHost(string host) =>
        All.FirstOrDefault(t => t.Hosts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(host, StringComparer.OrdinalIgnoreCase))?.Id;

    /// <summary>Forget the cached list after a tenant was added or changed.</summary>
    public void Refresh() => _tenants = null;

    private List<Tenant> Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        return db.Tenants.AsNoTracking().OrderBy(t => t.Id).ToList();
    }
}
