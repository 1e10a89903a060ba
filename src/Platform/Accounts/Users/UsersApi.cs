using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts.Profile;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Users;

public sealed record ReasonRequest(string? Reason);

/// <summary>/api/v1/users: user administration, the same operations as the /admin/pengguna pages.</summary>
internal static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Pengguna").RequireAuthorization(Permissions.ManageUsers);
        users.MapGet("", async ([AsParameters] UserQuery query, UserDirectory directory) => Results.Ok(await directory.SearchAsync(query)))
            .WithName("ListUsers").WithSummary("Daftar akun di Pemda ini: cari (nama, nama pengguna, NIP), saring per peran dan unit, urutkan (name, -name, username, -username).");
        users.MapPost("", async (NewStaffAccount body, UserAdministration admin) =>
            MeApi.Result(await admin.CreateStaffAsync(body), created => Results.Created($"/api/v1/users/{created.Id}", created)))
            .WithName("CreateStaffAccount").WithSummary("Membuat akun pegawai; tanpa kata sandi dibuatkan satu (ditampilkan sekali).");
        users.MapGet("/{id}", async (string id, UserDirectory directory) =>
            await directory.FindAsync(id) is { } user ? Results.Ok(user) : Problems.NotFound("user_not_found", "Akun tidak ditemukan."))
            .WithName("GetUser").WithSummary("Satu akun dengan peran per unit.");
        users.MapPost("/{id}/grants", async (string id, NewGrant body, UserAdministration admin) =>
            MeApi.Result(await admin.GrantAsync(id, body), grant => Results.Created($"/api/v1/users/{id}/grants/{grant.Id}", grant)))
            .WithName("GrantRole").WithSummary("Memberi peran pada sebuah unit (unitId atau unitCode).");
        users.MapDelete("/{id}/grants/{grantId:int}", async (string id, int grantId, string? reason, UserAdministration admin) =>
            MeApi.Result(await admin.RevokeAsync(id, grantId, reason), _ => Results.NoContent()))
            .WithName("RevokeRole").WithSummary("Mencabut peran (admin tidak dapat mencabut peran Admin terakhirnya sendiri).");
        users.MapPost("/{id}/lock", async (string id, ReasonRequest? body, UserAdministration admin) =>
            MeApi.Result(await admin.LockAsync(id, body?.Reason), _ => Results.NoContent()))
            .WithName("LockUser").WithSummary("Mengunci akun sampai dibuka kembali.");
        users.MapPost("/{id}/unlock", async (string id, ReasonRequest? body, UserAdministration admin) =>
            MeApi.Result(await admin.UnlockAsync(id, body?.Reason), _ => Results.NoContent()))
            .WithName("UnlockUser").WithSummary("Membuka kunci akun.");
        users.MapPost("/{id}/reset-two-factor", async (string id, ReasonRequest? body, UserAdministration admin) =>
            MeApi.Result(await admin.ResetTwoFactorAsync(id, body?.Reason), _ => Results.NoContent()))
            .WithName("ResetUserTwoFactor").WithSummary("Mengatur ulang verifikasi dua langkah akun.");
        users.MapPost("/{id}/reset-password", async (string id, ReasonRequest? body, UserAdministration admin) =>
            MeApi.Result(await admin.ResetPasswordAsync(id, body?.Reason), password => Results.Ok(new { password })))
            .WithName("ResetUserPassword").WithSummary("Mengatur kata sandi baru yang dibuat sistem (ditampilkan sekali).");
    }
}
