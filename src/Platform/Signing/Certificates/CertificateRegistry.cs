using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Web;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>Whose certificate: "unit" (UnitCode) or "officer" (UserName, within UnitCode); KeyType "rsa3072" or "ecdsa-p256".</summary>
public sealed record NewCertificate(string? Holder, string? UnitCode, string? UserName, string? KeyType);

/// <summary>A PKCS#12 file (.p12/.pfx) from an external CA, with its password, for a unit or an officer.</summary>
public sealed record ImportedCertificate(string? Holder, string? UnitCode, string? UserName, byte[]? File, string? Password);

/// <summary>
/// The signing certificates of units and officers (administrators): generate a key pair with a certificate from the
/// Pemda's root CA, import a PKCS#12 from an external CA, list, revoke with a reason; and pick the certificate a
/// document is signed with. Every change is audited (the private key never reaches the log).
/// </summary>
public sealed class CertificateRegistry(
    PamongDb db, PrivateKeyVault vault, PemdaRootCa root, UserManager<PamongUser> users, AuditActor actor, TimeProvider clock,
    IStringLocalizer<SigningText> text)
{
    public const int MaxImportBytes = 64 * 1024;

    public Task<List<SigningCertificate>> ListAsync(CancellationToken ct = default) =>
        db.SigningCertificates.AsNoTracking()
            .OrderBy(c => c.Holder).ThenBy(c => c.UnitCode).ThenBy(c => c.HolderName).ThenByDescending(c => c.NotAfter)
            .ToListAsync(ct);

    public Task<SigningCertificate?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.SigningCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The certificate a document is signed with: the officer's valid one, or else the unit's (the newest).</summary>
    public async Task<SigningCertificate?> ForSigningAsync(string unitCode, string? userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.SigningCertificates.AsNoTracking()
            .Where(c => c.RevokedAt == null && c.NotBefore <= now && c.NotAfter >= now
                && ((c.Holder == CertificateHolder.Officer && userId != null && c.UserId == userId)
                    || (c.Holder == CertificateHolder.Unit && c.UnitCode == unitCode)))
            .ToListAsync(ct);
        return candidates.OrderBy(c => c.Holder == CertificateHolder.Officer ? 0 : 1).ThenByDescending(c => c.NotAfter).FirstOrDefault();
    }

    /// <summary>Whether the unit ever had a certificate (revoked or expired ones count).</summary>
    public Task<bool> UnitHasAnyAsync(string unitCode, CancellationToken ct = default) =>
        db.SigningCertificates.AnyAsync(c => c.Holder == CertificateHolder.Unit && c.UnitCode == unitCode, ct);

    public async Task<Outcome<SigningCertificate>> GenerateAsync(NewCertificate request, CancellationToken ct = default)
    {
        var problems = new List<Refusal>();
        var holder = await HolderAsync(request.Holder, request.UnitCode, request.UserName, problems, ct);
        SigningKeyType? type = request.KeyType switch
        {
            "rsa3072" => SigningKeyType.Rsa3072,
            "ecdsa-p256" => SigningKeyType.EcdsaP256,
            _ => null,
        };
        if (type is null)
        {
            problems.Add(Refusal.OnField("key_type_invalid", "KeyType", text["key_type_invalid"]));
        }

        if (problems.Count > 0 || holder is null)
        {
            return Refusal.Combine(problems);
        }

        var rootRow = await root.GetOrCreateAsync(ct);
        using var rootCertificate = vault.Open(rootRow);
        var pemda = (await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == db.TenantId, ct)).Name;
        using var issued = CertificateFactory.Issue(rootCertificate, holder.Name, holder.Kind == CertificateHolder.Officer ? holder.Unit.Name : null,
            pemda, type!.Value, clock.GetUtcNow());
        using var rootPublic = X509CertificateLoader.LoadCertificate(rootRow.Certificate);
        return await AddAsync(holder, issued, CertificateSource.Generated, [rootPublic], ct);
    }

    public async Task<Outcome<SigningCertificate>> ImportAsync(ImportedCertificate request, CancellationToken ct = default)
    {
        var problems = new List<Refusal>();
        var holder = await HolderAsync(request.Holder, request.UnitCode, request.UserName, problems, ct);
        if (request.File is not { Length: > 0 } file || file.Length > MaxImportBytes)
        {
            problems.Add(Refusal.OnField("pkcs12_required", "File", text["pkcs12_required", MaxImportBytes / 1024]));
            return Refusal.Combine(problems);
        }

        X509Certificate2Collection bundle;
        try
        {
            bundle = X509CertificateLoader.LoadPkcs12Collection(file, request.Password ?? "", X509KeyStorageFlags.Exportable | X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            problems.Add(Refusal.OnField("pkcs12_unreadable", "File", text["pkcs12_unreadable"]));
            return Refusal.Combine(problems);
        }

        try
        {
            var signer = bundle.FirstOrDefault(c => c.HasPrivateKey);
            var now = clock.GetUtcNow().UtcDateTime;
            if (signer is null)
            {
                problems.Add(Refusal.OnField("pkcs12_no_key", "File", text["pkcs12_no_key"]));
            }
            else if (signer.GetRSAPublicKey() is null && signer.GetECDsaPublicKey() is null)
            {
                problems.Add(Refusal.OnField("pkcs12_key_type", "File", text["pkcs12_key_type"]));
            }
            else if (signer.NotAfter.ToUniversalTime() < now || signer.NotBefore.ToUniversalTime() > now)
            {
                problems.Add(Refusal.OnField("pkcs12_not_valid_now", "File", text["pkcs12_not_valid_now"]));
            }
            else if (signer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
                && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0)
            {
                problems.Add(Refusal.OnField("pkcs12_not_for_signing", "File", text["pkcs12_not_for_signing"]));
            }

            if (problems.Count > 0 || holder is null)
            {
                return Refusal.Combine(problems);
            }

            var fingerprint = CertificateFactory.Fingerprint(signer!);
            if (await db.SigningCertificates.AnyAsync(c => c.Fingerprint == fingerprint, ct))
            {
                return Refusal.OnField("certificate_exists", "File", text["certificate_exists"], Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict);
            }

            return await AddAsync(holder, signer!, CertificateSource.Imported, bundle.Where(c => !ReferenceEquals(c, signer)), ct);
        }
        finally
        {
            foreach (var certificate in bundle)
            {
                certificate.Dispose();
            }
        }
    }

    public async Task<Outcome<SigningCertificate>> RevokeAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        var certificate = await db.SigningCertificates.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null)
        {
            return Refusal.NotFound("certificate_not_found", text["certificate_not_found"]);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return Refusal.OnField(SigningRefusedException.ReasonRequired, "Reason", text["reason_required"]);
        }

        if (certificate.RevokedAt is not null)
        {
            return Refusal.Conflict("certificate_already_revoked", text["certificate_already_revoked"]);
        }

        if (certificate.Holder == CertificateHolder.RootCa)
        {
            return Refusal.Conflict("root_ca_not_revocable", text["root_ca_not_revocable"]);
        }

        certificate.RevokedAt = clock.GetUtcNow().UtcDateTime;
        certificate.RevokedBy = actor.Name;
        certificate.RevocationReason = reason.Trim();
        actor.GiveReason(reason);
        await db.SaveChangesAsync(ct);
        return certificate;
    }

    private async Task<Outcome<SigningCertificate>> AddAsync(Holder holder, X509Certificate2 withKey, CertificateSource source, IEnumerable<X509Certificate2> chain, CancellationToken ct)
    {
        var row = SigningCertificates.Row(db.TenantId, withKey, vault, holder.Kind, holder.Unit.Code, holder.User?.Id, holder.Name, source, chain, clock, actor);
        db.SigningCertificates.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    private async Task<Holder?> HolderAsync(string? kind, string? unitCode, string? userName, List<Refusal> problems, CancellationToken ct)
    {
        var code = (unitCode ?? "").Trim();
        var unit = code.Length == 0 ? null : await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code && u.Active, ct);
        if (unit is null)
        {
            problems.Add(Refusal.OnField(SigningRefusedException.UnknownUnit, "UnitCode", text["unit_not_found"]));
        }

        switch (kind)
        {
            case "unit":
                return unit is null ? null : new Holder(CertificateHolder.Unit, unit, null, unit.Name);
            case "officer":
                var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
                if (user is null || user.Kind != AccountKind.Staff)
                {
                    problems.Add(Refusal.OnField("officer_not_found", "UserName", text["officer_not_found"]));
                    return null;
                }

                return unit is null ? null : new Holder(CertificateHolder.Officer, unit, user, user.FullName.Length > 0 ? user.FullName : user.UserName ?? "");
            default:
                problems.Add(Refusal.OnField("holder_invalid", "Holder", text["holder_invalid"]));
                return null;
        }
    }

    private sealed record Holder(CertificateHolder Kind, OrganisationUnit Unit, PamongUser? User, string Name);
}
