using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Signing;
using Pamong.Platform.Tenancy;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.Signing;

/// <summary>Issues a document through the platform's <see cref="IDocumentIssuer"/>, the way a module does.</summary>
public static class Issuing
{
    public static async Task<IssuedDocument> IssueAsync(this PamongApp app, string unitCode, string? signerUserId = null, string? title = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        var issuer = scope.ServiceProvider.GetRequiredService<IDocumentIssuer>();
        var number = "470/" + Random.Shared.Next(1, 99999) + "/" + unitCode + "/2026";
        return await issuer.IssueAsync(new DocumentRequest("uji.surat", number, title ?? "Surat Keterangan Uji", unitCode, signerUserId), pdf =>
        {
            pdf.Title(title ?? "Surat Keterangan Uji");
            pdf.Paragraph("Nomor: " + number);
            pdf.Paragraph("Surat ini dibuat untuk pengujian tanda tangan elektronik.");
        });
    }

    public static async Task<T> WithScopeAsync<T>(this PamongApp app, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set("banyuwangi");
        return await work(scope.ServiceProvider);
    }
}
