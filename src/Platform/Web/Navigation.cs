using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;

namespace Pamong.Platform.Web;

/// <summary>The main menu for the current officer: the platform's entries and those of the Pemda's switched-on modules.</summary>
public sealed class Navigation(ModuleCatalog modules, PamongDb db, IAuthorizationService authorization, IHttpContextAccessor http)
{
    /// <summary>Platform entries; each feature adds its own here.</summary>
    public static readonly List<MenuItem> PlatformMenu = [new("Home", "/"), new("Regions", "/wilayah")];

    public async Task<IReadOnlyList<MenuItem>> ForCurrentUserAsync()
    {
        var user = http.HttpContext?.User;
        var enabled = await modules.EnabledAsync(db);
        var candidates = PlatformMenu.Concat(modules.All.Where(m => enabled.Contains(m.Id)).SelectMany(m => m.Menu));
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
