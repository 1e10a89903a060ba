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

    /// <summary>
    /// The menu in groups: the home page, the platform's data and administration pages, then one group per switched-on
    /// module. The layout shows the groups on top and the entries of the current group below them, so that the menu
    /// stays one line long however many modules a Pemda switches on.
    /// </summary>
    public async Task<IReadOnlyList<MenuGroup>> ForCurrentUserAsync()
    {
        var enabled = await modules.EnabledAsync(db);
        var home = PlatformMenu.Items.Where(i => i.Href == "/").ToList();
        var groups = new List<MenuGroup> { new("Home", await VisibleAsync(home)), new("MenuData", await VisibleAsync(PlatformMenu.Items.Except(home))) };
        foreach (var module in modules.All.Where(m => enabled.Contains(m.Id)))
        {
            groups.Add(new MenuGroup(module.NameKey, await VisibleAsync(module.Menu)));
        }

        return groups.Where(g => g.Items.Count > 0).ToList();
    }

    private async Task<IReadOnlyList<MenuItem>> VisibleAsync(IEnumerable<MenuItem> items)
    {
        var user = http.HttpContext?.User;
        var visible = new List<MenuItem>();
        foreach (var item in items)
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

/// <summary>A group of menu entries (the platform's pages or one module's); the group links to its first entry.</summary>
public sealed record MenuGroup(string TextKey, IReadOnlyList<MenuItem> Items)
{
    public string Href => Items[0].Href;

    /// <summary>The entry the path belongs to: the longest matching address ("/pengaduan/antrean", not also "/pengaduan").</summary>
    public MenuItem? CurrentItem(string path) =>
        Items.Where(i => i.Href == "/" ? path == "/" : path == i.Href || path.StartsWith(i.Href.TrimEnd('/') + "/", StringComparison.Ordinal))
            .MaxBy(i => i.Href.Length);
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
