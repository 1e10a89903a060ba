using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.IdentifierChecks;
using Pamong.Platform.Modules;
using Pamong.Platform.Notifications;
using Pamong.Platform.Organisations;
using Pamong.Platform.People;
using Pamong.Platform.Regions;
using Pamong.Platform.Signing;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;

namespace Pamong.Platform;

/// <summary>Wires the platform into the host: what every module stands on.</summary>
public static class PlatformSetup
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("id-ID"), CultureInfo.GetCultureInfo("en-US")];

    public static IServiceCollection AddPamongPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.Configure<TenancyOptions>(configuration.GetSection(TenancyOptions.Section));
        services.AddSingleton<TenantDirectory>();
        services.AddScoped<CurrentTenant>();
        services.AddScoped<AuditActor>();
        services.AddPamongDatabase(configuration);
        var dataFolder = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.DataFolder)}"] ?? new DatabaseOptions().DataFolder;
        services.AddDataProtection().SetApplicationName("pamong")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysFolder"] ?? Path.Combine(dataFolder, "keys")));
        services.AddSingleton<ModuleCatalog>();
        services.AddScoped<Navigation>();
        Navigation.PlatformMenu.Add(new MenuItem("Modules", "/admin/modul", Permissions.ManageModules));
        services.AddAuditTrail();
        services.AddNotifications(configuration);
        services.Configure<Demo.DemoOptions>(configuration.GetSection(Demo.DemoOptions.Section));
        services.AddSingleton<IStartupStep, Demo.DemoTenant>();
        services.AddRegions();
        services.AddIdentifierChecks();
        services.AddSingleton<IStartupStep, Demo.DemoOrganisation>();
        services.AddSingleton<IStartupStep, Demo.DemoAccounts>();
        services.AddOrganisation();
        services.AddPeople(configuration);

        services.AddAccounts(configuration);
        services.AddSigning(configuration);

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(o => o.RootDirectory = "/")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Localization.Text)));
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddDbContextCheck<PamongDb>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>The middleware every request passes, in order.</summary>
    public static WebApplication UsePamongPlatform(this WebApplication app)
    {
        app.UseRequestLocalization();
        // Pages get the Indonesian status page; the API gets problem details (re-executing a POST into the
        // status page would also fail its antiforgery check and turn a 403 into a 400).
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAccounts();
        app.UseAuthorization();
        app.UseMiddleware<ModuleGate>();
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapPamongPlatform(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRazorPages();
        app.MapCultureSwitch();
        app.MapModulesApi();
        app.MapAuditTrail();
        app.MapRegions();
        app.MapIdentifierChecks();
        app.MapOrganisation();
        app.MapPeople();
        app.MapAccounts();
        app.MapSigning();
        return app;
    }

    /// <summary>The versioned API group; every /api/v1 endpoint hangs off it.</summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app) => app.MapGroup("/api/v1").RequireRateLimiting(Accounts.Tokens.ApiRateLimits.Policy);
}
