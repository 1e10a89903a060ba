using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;

namespace Pamong.Tests.Infrastructure;

/// <summary>
/// A second Pemda beside the demo one: Kabupaten Seruyan (62.07), opened at http://seruyan.test, with a Pemda
/// unit, Diskominfo, one kecamatan and one village, an administrator (with an authenticator) and a village operator.
/// Made once per app; tests use it to prove that one Pemda never reaches another's data.
/// </summary>
public static class SecondTenant
{
    public const string Id = "seruyan";
    public const string RegionCode = "62.07";
    public const string Host = "seruyan.test";
    public const string KecamatanCode = "62.07.01";
    public const string VillageCode = "62.07.01.2005";
    public const string Password = "Hutan-Tropis-Lestari-2026";
    public const string AdminKey = "SERUYANADMINKEYSERUYANADMINKEY23";
    public const string AdminUserName = "admin";
    public const string DesaUserName = "desa";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureAsync(PamongApp app)
    {
        await Gate.WaitAsync();
        try
        {
            if (await app.WithDb(db => db.Tenants.AnyAsync(t => t.Id == Id), Id))
            {
                return;
            }

            await app.WithDb(async db =>
            {
                db.Tenants.Add(new Tenant { Id = Id, RegionCode = RegionCode, Name = "Pemerintah Kabupaten Seruyan", Hosts = Host, CreatedAt = app.Clock.GetUtcNow() });
                var pemda = new OrganisationUnit { Kind = UnitKind.Pemda, Code = "PEMDA", Name = "Pemerintah Kabupaten Seruyan", RegionCode = RegionCode };
                db.OrganisationUnits.Add(pemda);
                await db.SaveChangesAsync();
                var kecamatan = new OrganisationUnit { Kind = UnitKind.Kecamatan, Code = KecamatanCode, Name = "Kecamatan Seruyan Hilir", RegionCode = KecamatanCode, ParentId = pemda.Id };
                db.OrganisationUnits.AddRange(
                    new OrganisationUnit { Kind = UnitKind.Opd, Code = "DISKOMINFO", Name = "Dinas Kominfo Seruyan", RegionCode = RegionCode, ParentId = pemda.Id },
                    kecamatan);
                await db.SaveChangesAsync();
                db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Desa, Code = VillageCode, Name = "Desa Pematang Limau", RegionCode = VillageCode, ParentId = kecamatan.Id });
                return await db.SaveChangesAsync();
            }, Id);
            app.Services.GetRequiredService<TenantDirectory>().Refresh();

            await app.CreateStaffAsync(AdminUserName, Roles.Admin, "DISKOMINFO", Id, Password, AdminKey);
            await app.CreateStaffAsync(DesaUserName, Roles.DesaOperator, VillageCode, Id, Password);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A browser on the second Pemda's own address.</summary>
    public static HttpClient Browser(PamongApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://" + Host), AllowAutoRedirect = false, HandleCookies = true });

    public static Task SignInAsAdminAsync(HttpClient client) => client.SignInAsync(AdminUserName, Password, AdminKey);

    public static Task SignInAsDesaAsync(HttpClient client) => client.SignInAsync(DesaUserName, Password);
}
