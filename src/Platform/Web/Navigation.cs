using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;

namespace Pamong.Platform.Web;

/// <summary>The main menu for the current officer: the platform's entries and those of the Pemda's switched-on modules.</summary>
public sealed class Navigation(ModuleCatalog modules, PamongDb db, IAuthorizationService authorization, IHttpContextAccessor http)
{
    /// <summary>Platform entries; each feature adds its own from its setup method.</summary>
    public static readonly PlatformMenuItems PlatformMenu = new([new("Home", "/"), new("Regions", "/wilayah")]);

    public async Task<IReadOnlyList<MenuItem>> ForCurrentUserAsync()
    {
        var user = http.HttpContext?.User;
        var enabled = await modules.EnabledAsync(db);
        var candidates = PlatformMenu.Items.Concat(modules.All.Where(m => enabled.Contains(m.Id)).SelectMany(m => m.Menu));
        var visible = new List<MenuItem>();
        foreach (var item in candidates)
        {
            if (item.Permission is null
                || (user is not null && (await authorization.AuthorizeAsync(user, item.Permission)).Succeeded))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}

/// <summary>The platform's menu entries in the order added; adding the same address twice keeps the first.</summary>
public sealed class PlatformMenuItems(IEnumerable<MenuItem> initial)
{
    private readonly Lock _gate = new();
    private List<MenuItem> _items = [.. initial];

    public IReadOnlyList<MenuItem> Items => _items;

    public void Add(MenuItem item)
    {
        lock (_gate)
        {
            if (_items.All(i => i.Href != item.Href))
            {
                _items = [.. _items, item];
            }
        }
    }
}
