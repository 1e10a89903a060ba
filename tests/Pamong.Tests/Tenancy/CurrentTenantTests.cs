using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Tenancy;

[Collection(SqliteCollection.Name)]
public sealed class CurrentTenantTests(SqliteApp app)
{
    private CurrentTenant Resolve(Action<HttpContext> request)
    {
        var http = new DefaultHttpContext();
        request(http);
        var accessor = new HttpContextAccessor { HttpContext = http };
        return new CurrentTenant(accessor, Options.Create(new TenancyOptions { DefaultTenant = "banyuwangi" }), app.Services.GetRequiredService<TenantDirectory>());
    }

    [Fact]
    public void The_signed_in_accounts_tenant_wins_over_the_cookie()
    {
        var tenant = Resolve(h =>
        {
            h.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CurrentTenant.ClaimType, "seruyan")], "test"));
            h.Request.Headers.Cookie = "pemda=banyuwangi";
        });
        Assert.Equal("seruyan", tenant.Id);
    }

    [Fact]
    public void An_unknown_pemda_cookie_falls_back_to_the_default_tenant()
    {
        var tenant = Resolve(h => h.Request.Headers.Cookie = "pemda=tidak-ada");
        Assert.Equal("banyuwangi", tenant.Id);
    }

    [Fact]
    public void An_explicit_choice_is_kept_for_the_scope()
    {
        var tenant = Resolve(_ => { });
        tenant.Set("pesawaran");
        Assert.Equal("pesawaran", tenant.Id);
    }
}
