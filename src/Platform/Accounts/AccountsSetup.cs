using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts.Passwords;
using Pamong.Platform.Accounts.Profile;
using Pamong.Platform.Accounts.Registration;
using Pamong.Platform.Accounts.Tokens;
using Pamong.Platform.Accounts.TwoFactor;
using Pamong.Platform.Accounts.Users;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts;

/// <summary>
/// Accounts: Identity with the Pamong password policy, the sign-in cookie and bearer tokens on /api,
/// the two-factor gate, rate limits, citizen registration and user administration.
/// </summary>
public static class AccountsSetup
{
    /// <summary>Cookie on pages; on /api a bearer token when the request carries one, else the cookie.</summary>
    public const string Scheme = "Pamong";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<PamongUser, IdentityRole>(o =>
            {
                // NIST SP 800-63B: length over composition rules; the rest is in PasswordPolicy.
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<PamongDb>()
            .AddUserStore<PamongUserStore>()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddUserConfirmation<AccountConfirmation>()
            .AddDefaultTokenProviders();

        // Grants and locks reach open sessions within a minute: the cookie is re-checked against the account.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/masuk";
            o.LogoutPath = "/keluar";
            o.AccessDeniedPath = "/akses-ditolak";
            o.Cookie.Name = "pamong.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultAuthenticateScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Pamong", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? BearerAuthentication.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null);

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddApiRateLimits(configuration);
        services.AddBearerToOpenApi();

        services.AddScoped<CitizenRegistration>();
        services.AddScoped<VillageChoices>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountSecurity>();
        services.AddScoped<ApiCredentials>();

        CommandLine.Commands["roles"] = ("Print what each role may do (Markdown).", (_, _) =>
        {
            Console.Write(RoleTable.Markdown());
            return Task.FromResult(0);
        }
        );

        Navigation.PlatformMenu.Add(new MenuItem("RegisterCitizenAccount", "/akun-warga/baru", Permissions.RegisterCitizenAccounts));
        Navigation.PlatformMenu.Add(new MenuItem("Users", "/admin/pengguna", Permissions.ManageUsers));
        Navigation.PlatformMenu.Add(new MenuItem("ApiKeys", "/admin/kunci-api", Permissions.ManageApiKeys));
        return services;
    }

    /// <summary>After authentication: the two-factor gate and the API rate limiter.</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app) =>
        app.UseMiddleware<TwoFactorGate>().UseRateLimiter();

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1();
        api.MapMeApi();
        api.MapUsersApi();
        api.MapRegistrationApi();
        api.MapTokensApi();
        return app;
    }
}
