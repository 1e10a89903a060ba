using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>What the API says about a certificate: never its private key.</summary>
public sealed record CertificateView(
    Guid Id, string Holder, string? UnitCode, string? UserId, string HolderName, string Subject, string Issuer, string SerialNumber,
    string Fingerprint, string KeyAlgorithm, string Source, DateTime NotBefore, DateTime NotAfter, string State,
    DateTime CreatedAt, string CreatedBy, DateTime? RevokedAt, string? RevocationReason)
{
    public static CertificateView Of(SigningCertificate c, DateTime now) =>
        new(c.Id, Name(c.Holder), c.UnitCode, c.UserId, c.HolderName, c.Subject, c.Issuer, c.SerialNumber, c.Fingerprint, c.KeyAlgorithm,
            c.Source == CertificateSource.Generated ? "generated" : "imported", c.NotBefore, c.NotAfter, StateName(c.StateAt(now)),
            c.CreatedAt, c.CreatedBy, c.RevokedAt, c.RevocationReason);

    private static string Name(CertificateHolder holder) => holder switch
    {
        CertificateHolder.RootCa => "rootCa",
        CertificateHolder.Unit => "unit",
        _ => "officer",
    };

    private static string StateName(CertificateState state) => state switch
    {
        CertificateState.Valid => "valid",
        CertificateState.Expired => "expired",
        CertificateState.NotYetValid => "notYetValid",
        _ => "revoked",
    };
}

public sealed record RevocationRequest(string? Reason);

/// <summary>/api/v1/signing: the Pemda's root CA (public) and the signing certificates of units and officers (administrators).</summary>
internal static class CertificatesApi
{
    public static void MapCertificatesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/signing/root-ca", RootCaAsync).AllowAnonymous().WithTags("Signing API")
            .WithName("GetRootCa").WithSummary("Sertifikat root CA Pemda (DER) untuk dipercaya di pembaca PDF.");

        var certificates = api.MapGroup("/signing/certificates").WithTags("Signing API").RequireAuthorization(Permissions.ManageSigning);
        certificates.MapGet("", async (CertificateRegistry registry, TimeProvider clock, CancellationToken ct) =>
            Results.Ok((await registry.ListAsync(ct)).Select(c => CertificateView.Of(c, clock.GetUtcNow().UtcDateTime))))
            .WithName("ListSigningCertificates").WithSummary("Sertifikat penandatanganan unit dan pejabat, termasuk root CA.");
        certificates.MapGet("/{id:guid}", async (Guid id, CertificateRegistry registry, TimeProvider clock, CancellationToken ct) =>
            await registry.FindAsync(id, ct) is { } found
                ? Results.Ok(CertificateView.Of(found, clock.GetUtcNow().UtcDateTime))
                : Problems.NotFound("certificate_not_found", "Sertifikat tidak ditemukan."))
            .WithName("GetSigningCertificate").WithSummary("Satu sertifikat penandatanganan.");
        certificates.MapPost("", async (NewCertificate body, CertificateRegistry registry, TimeProvider clock, CancellationToken ct) =>
            Created(await registry.GenerateAsync(body, ct), clock))
            .WithName("GenerateSigningCertificate")
            .WithSummary("Membuat pasangan kunci (rsa3072 atau ecdsa-p256) dengan sertifikat dari root CA Pemda untuk unit (holder \"unit\") atau pejabat (holder \"officer\").");
        certificates.MapPost("/import", async (HttpRequest request, CertificateRegistry registry, TimeProvider clock, CancellationToken ct) =>
        {
            if (!request.HasFormContentType)
            {
                return Problems.Invalid("multipart_required", "Kirim berkas PKCS#12 sebagai multipart/form-data (file, password, holder, unitCode, userName).");
            }

            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file");
            byte[]? bytes = null;
            if (file is not null && file.Length <= CertificateRegistry.MaxImportBytes)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                bytes = buffer.ToArray();
            }

            return Created(await registry.ImportAsync(new ImportedCertificate(form["holder"], form["unitCode"], form["userName"], bytes, form["password"]), ct), clock);
        })
            .WithName("ImportSigningCertificate").WithSummary("Mengimpor sertifikat PKCS#12 (.p12/.pfx) dari CA luar (mis. BSrE) beserta kata sandinya.");
        certificates.MapPost("/{id:guid}/revoke", async (Guid id, RevocationRequest body, CertificateRegistry registry, TimeProvider clock, CancellationToken ct) =>
        {
            var outcome = await registry.RevokeAsync(id, body.Reason, ct);
            return outcome.Refusal?.ToProblem() ?? Results.Ok(CertificateView.Of(outcome.Value!, clock.GetUtcNow().UtcDateTime));
        })
            .WithName("RevokeSigningCertificate").WithSummary("Mencabut sertifikat dengan alasan; dokumen baru tidak lagi ditandatangani dengannya.");
    }

    /// <summary>The root CA as a .crt download (DER), for the API and the public link /tanda-tangan/root-ca.crt.</summary>
    public static async Task<IResult> RootCaAsync(PemdaRootCa root, CancellationToken ct)
    {
        var row = await root.FindAsync(ct);
        if (row is null)
        {
            return Problems.NotFound("root_ca_not_found", "Pemda ini belum memiliki root CA.");
        }

        return Results.File(row.Certificate, "application/pkix-cert", "root-ca.crt");
    }

    private static IResult Created(Outcome<SigningCertificate> outcome, TimeProvider clock) =>
        outcome.Refusal?.ToProblem()
        ?? Results.Created($"/api/v1/signing/certificates/{outcome.Value!.Id}", CertificateView.Of(outcome.Value, clock.GetUtcNow().UtcDateTime));
}
