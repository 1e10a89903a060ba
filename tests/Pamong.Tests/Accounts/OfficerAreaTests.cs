using System.Security.Claims;
using Pamong.Platform.Accounts;
using Pamong.Platform.People;

namespace Pamong.Tests.Accounts;

public sealed class OfficerAreaTests
{
    private static ClaimsPrincipal Officer(params (string Role, string Region)[] grants)
    {
        var identity = new ClaimsIdentity("test");
        foreach (var (role, region) in grants)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
            identity.AddClaim(new Claim(AccountClaims.GrantClaim, $"{role}|1|{region}"));
        }

        return new ClaimsPrincipal(identity);
    }

    [Fact]
    public void A_desa_operator_covers_their_village_only()
    {
        var area = OfficerArea.For(Officer((Roles.DesaOperator, "35.10.15.2004")), Permissions.ManageCitizens);
        Assert.True(area.Covers("35.10.15.2004"));
        Assert.False(area.Covers("35.10.15.2005"));
        Assert.False(area.Covers("35.10.15"));
        Assert.False(area.Everywhere);
    }

    [Fact]
    public void A_kecamatan_operator_covers_every_village_of_their_kecamatan_and_nothing_outside()
    {
        var area = OfficerArea.For(Officer((Roles.KecamatanOperator, "35.10.15")), Permissions.ManageCitizens);
        Assert.True(area.Covers("35.10.15.2004"));
        Assert.True(area.Covers("35.10.15.1002"));
        Assert.False(area.Covers("35.10.16.1001"));
        Assert.False(area.Covers("35.10.150.2004"));
    }

    [Fact]
    public void Tenant_wide_roles_cover_everywhere()
    {
        foreach (var role in new[] { Roles.Admin, Roles.Pimpinan, Roles.Inspektur, Roles.OpdOperator })
        {
            Assert.True(OfficerArea.For(Officer((role, "35.10")), Permissions.ReadCitizens).Everywhere, role);
        }
    }

    [Fact]
    public void A_role_without_the_permission_covers_nowhere()
    {
        var area = OfficerArea.For(Officer((Roles.Pimpinan, "35.10"), (Roles.Warga, "35.10.15.2004")), Permissions.ManageCitizens);
        Assert.True(area.Nowhere);
        Assert.False(area.Covers("35.10.15.2004"));
    }

    [Fact]
    public void Grants_in_two_villages_cover_both()
    {
        var area = OfficerArea.For(Officer((Roles.DesaOperator, "35.10.15.2004"), (Roles.DesaOperator, "35.10.16.1001")), Permissions.ManageCitizens);
        Assert.Equal(2, area.Regions.Count);
        Assert.True(area.Covers("35.10.16.1001"));
    }

    [Fact]
    public void An_api_key_scope_covers_the_whole_pemda()
    {
        var key = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccountClaims.ScopeClaim, Permissions.ReadCitizens)], "test"));
        Assert.True(OfficerArea.For(key, Permissions.ReadCitizens).Everywhere);
        Assert.True(OfficerArea.For(key, Permissions.ManageCitizens).Nowhere);
    }

    [Fact]
    public void The_filter_keeps_rows_of_the_area_only()
    {
        var area = OfficerArea.For(Officer((Roles.KecamatanOperator, "35.10.15")), Permissions.ReadCitizens);
        var citizens = new[] { "35.10.15.2004", "35.10.15.1002", "35.10.16.1001" }
            .Select(v => new Citizen { VillageCode = v }).AsQueryable();
        Assert.Equal(["35.10.15.2004", "35.10.15.1002"], citizens.Where(area.Filter<Citizen>(c => c.VillageCode)).Select(c => c.VillageCode));
    }
}
