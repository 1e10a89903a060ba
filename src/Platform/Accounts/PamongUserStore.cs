using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Pamong.Platform.Data;

namespace Pamong.Platform.Accounts;

/// <summary>Identity's store, keeping two-factor recovery codes only as SHA-256 hashes.</summary>
internal sealed class PamongUserStore(PamongDb db, IdentityErrorDescriber describer)
    : UserStore<PamongUser, IdentityRole, PamongDb, string>(db, describer)
{
    public override Task ReplaceCodesAsync(PamongUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(Hash), cancellationToken);

    public override Task<bool> RedeemCodeAsync(PamongUser user, string code, CancellationToken cancellationToken = default) =>
        base.RedeemCodeAsync(user, Hash(code), cancellationToken);

    internal static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())));
}
