using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;

namespace Pamong.Platform.Signing.Certificates;

/// <summary>
/// The Pemda's own root certificate authority: made once per tenant (on first need), kept like any signing key
/// (private key encrypted), and published at /tanda-tangan/root-ca.crt so that readers can trust it.
/// </summary>
public sealed class PemdaRootCa(PamongDb db, PrivateKeyVault vault, TimeProvider clock)
{
    public Task<SigningCertificate?> FindAsync(CancellationToken ct = default) =>
        db.SigningCertificates.Where(c => c.Holder == CertificateHolder.RootCa && c.RevokedAt == null)
            .OrderByDescending(c => c.NotAfter).FirstOrDefaultAsync(ct);

    public async Task<SigningCertificate> GetOrCreateAsync(CancellationToken ct = default)
    {
        var existing = await FindAsync(ct);
        if (existing is not null)
        {
            return existing;
        }

        var tenant = await db.Tenants.SingleAsync(t => t.Id == db.TenantId, ct);
        using var root = CertificateFactory.CreateRoot(tenant.Name, clock.GetUtcNow());
        var row = SigningCertificates.Row(db.TenantId, root, vault, CertificateHolder.RootCa, null, null, tenant.Name, CertificateSource.Generated, [], clock);
        db.SigningCertificates.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
