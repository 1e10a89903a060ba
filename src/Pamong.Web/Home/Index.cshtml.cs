using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;

namespace Pamong.Web.Home;

/// <summary>The front page: a welcome for the public, the dashboard for a signed-in officer.</summary>
public sealed class IndexModel(PamongDb db, RegionDirectory regions, TenantDirectory tenants, CurrentTenant tenant, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public string PemdaName { get; private set; } = "";
    public int Kecamatan { get; private set; }
    public int Villages { get; private set; }
    public int Opd { get; private set; }
    public int? CitizensInArea { get; private set; }
    public int? AuditToday { get; private set; }
    public int? Accounts { get; private set; }
    public int? ModulesOn { get; private set; }
    public string? FullName { get; private set; }
    public IReadOnlyList<string> MyRoles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var pemda = tenants.Find(tenant.Id);
        PemdaName = pemda?.Name ?? "";
        if (User.Identity?.IsAuthenticated != true || pemda is null)
        {
            return;
        }

        FullName = User.FindFirst(AccountClaims.FullNameClaim)?.Value;
        MyRoles = User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(r => r.Value).ToList();
        var tree = regions.Tree;
        var districts = tree.ChildrenOf(pemda.RegionCode);
        Kecamatan = districts.Count;
        Villages = districts.Sum(d => tree.ChildrenOf(d.Code).Count);
        Opd = await db.OrganisationUnits.CountAsync(u => u.Kind == UnitKind.Opd && u.Active);

        if (await Can(Permissions.ReadCitizens))
        {
            CitizensInArea = await db.Citizens.Where(OfficerArea.For(User, Permissions.ReadCitizens).Filter<Pamong.Platform.People.Citizen>(c => c.VillageCode)).CountAsync();
        }

        if (await Can(Permissions.ReadAudit))
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
            AuditToday = await db.AuditRecords.CountAsync(r => r.OccurredAt >= since);
        }

        if (await Can(Permissions.ManageUsers))
        {
            Accounts = await db.Users.CountAsync();
        }

        if (await Can(Permissions.ManageModules))
        {
            ModulesOn = await db.ModuleSwitches.CountAsync(m => m.Enabled);
        }
    }

    private async Task<bool> Can(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}
