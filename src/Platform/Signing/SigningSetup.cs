using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Modules;
using Pamong.Platform.Signing.Certificates;
using Pamong.Platform.Signing.Documents;
using Pamong.Platform.Signing.Verification;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing;

/// <summary>Electronic signing: certificates, the register of issued documents, and the public verification page.</summary>
public static class SigningSetup
{
    public static IServiceCollection AddSigning(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SigningOptions>(configuration.GetSection(SigningOptions.Section));
        services.AddSingleton<PrivateKeyVault>();
        services.AddScoped<PemdaRootCa>();
        services.AddScoped<CertificateRegistry>();
        services.AddScoped<VerificationLinks>();
        services.AddScoped<IDocumentIssuer, DocumentIssuer>();
        services.AddScoped<IssuedDocumentRegister>();
        services.AddScoped<DocumentVerification>();
        services.AddSingleton<IStartupStep, DemoSigning>();
        Navigation.PlatformMenu.Add(new MenuItem("IssuedDocuments", "/admin/dokumen-terbit", Permissions.ReadIssuedDocuments));
        Navigation.PlatformMenu.Add(new MenuItem("Signing", "/admin/tanda-tangan", Permissions.ManageSigning));
        return services;
    }

    public static IEndpointRouteBuilder MapSigning(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1();
        api.MapCertificatesApi();
        api.MapDocumentsApi();
        api.MapVerificationApi();
        app.MapGet("/tanda-tangan/root-ca.crt", CertificatesApi.RootCaAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
