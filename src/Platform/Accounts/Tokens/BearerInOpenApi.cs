using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>Tells readers of /openapi/v1.json how to authenticate: a bearer token (personal access token or API key).</summary>
internal static class BearerInOpenApi
{
    public static IServiceCollection AddBearerToOpenApi(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerAuthentication.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token akses pribadi (pmg_pat_…, dibuat di /akun/token) atau kunci API sistem mitra (pmg_key_…, dibuat admin di /admin/kunci-api). "
                    + "Tanpa header ini, cookie sesi masuk dipakai.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerAuthentication.SchemeName, document)] = [] });
            return Task.CompletedTask;
        }));
}
