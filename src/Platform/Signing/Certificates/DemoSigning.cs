using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>
/// The demo Pemda's signing keys: its root CA, and an ECDSA P-256 certificate for the demo desa Kemiren, the demo
/// kecamatan Glagah and the OPD that issue documents to citizens. Every other unit gets one on its first document
/// (demo mode only; see <see cref="Documents.DocumentIssuer"/>).
/// </summary>
internal sealed class DemoSigning(IOptions<DemoOptions> options) : IStartupStep
{
    public static readonly string[] Units = ["35.10.15.2004", "35.10.15", "DISPENDUKCAPIL", "DINSOS", "DPMPTSP", "DINKES", "DISDIK"];

    public int Order => 45;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoTenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        if (await db.SigningCertificates.AnyAsync(ct))
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<PemdaRootCa>().GetOrCreateAsync(ct);
        var registry = scope.ServiceProvider.GetRequiredService<CertificateRegistry>();
        foreach (var unit in Units)
        {
            await registry.GenerateAsync(new NewCertificate("unit", unit, null, "ecdsa-p256"), ct);
        }
    }
}
