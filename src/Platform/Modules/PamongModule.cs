using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pamong.Platform.Modules;

/// <summary>
/// A business module a Pemda can switch on (Layanan, Perlinsos, SPBE, ...). A module plugs into the
/// host through this one class: its services, its routes (pages and /api/v1), and its menu.
/// Everything the module maps is hidden for a Pemda that has switched the module off.
/// </summary>
public abstract class PamongModule
{
    /// <summary>A stable id, e.g. "layanan"; stored in the per-Pemda switch.</summary>
    public abstract string Id { get; }

    /// <summary>The resource key of the module's display name.</summary>
    public abstract string NameKey { get; }

    /// <summary>Page route prefixes that belong to the module (e.g. "/layanan"); hidden when it is off.</summary>
    public virtual IReadOnlyList<string> PagePrefixes => [];

    public virtual IReadOnlyList<MenuItem> Menu => [];

    public virtual void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps the module's API; the host wraps it in the module's on/off switch.</summary>
    public virtual void MapApi(IEndpointRouteBuilder api)
    {
    }
}

/// <summary>A menu entry; shown when the officer holds <paramref name="Permission"/> (null: everyone).</summary>
public sealed record MenuItem(string TextKey, string Href, string? Permission = null);
