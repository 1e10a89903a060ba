using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Notifications;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Registration;

public sealed record VerifyRegistrationRequest(string? Nik, string? Code);

public sealed record ResendCodeRequest(string? Nik);

/// <summary>/api/v1/registrations (citizens, anonymous) and /api/v1/citizen-accounts (operators, for walk-in citizens).</summary>
internal static class RegistrationApi
{
    public static void MapRegistrationApi(this IEndpointRouteBuilder api)
    {
        var registrations = api.MapGroup("/registrations").WithTags("Pendaftaran warga");
        registrations.MapPost("", async (RegistrationRequest body, CitizenRegistration registration) =>
            Started(await registration.RegisterAsync(body)))
            .WithName("RegisterCitizenAccount").WithSummary("Pendaftaran akun warga dengan NIK, Nomor KK dan nomor HP atau e-mail; kode sekali pakai dikirim.");
        registrations.MapPost("/verify", async (VerifyRegistrationRequest body, CitizenRegistration registration) =>
        {
            var outcome = await registration.ConfirmAsync(body.Nik, body.Code);
            return outcome.Refusal is null ? Results.Ok(outcome.Value) : outcome.Refusal.ToProblem();
        })
            .WithName("VerifyCitizenRegistration").WithSummary("Konfirmasi pendaftaran dengan kode 6 angka (berlaku 10 menit, 5 kali percobaan).");
        registrations.MapPost("/resend", async (ResendCodeRequest body, CitizenRegistration registration) =>
            Started(await registration.ResendAsync(body.Nik)))
            .WithName("ResendRegistrationCode").WithSummary("Mengirim kode baru (paling cepat 60 detik setelah kode sebelumnya).");

        api.MapPost("/citizen-accounts", async (RegistrationRequest body, ClaimsPrincipal officer, CitizenRegistration registration) =>
            Started(await registration.RegisterAsync(body, officer)))
            .RequireAuthorization(Permissions.RegisterCitizenAccounts)
            .WithTags("Pendaftaran warga")
            .WithName("RegisterWalkInCitizen").WithSummary("Operator mendaftarkan akun warga yang datang langsung (desa/kecamatan wilayahnya saja).");
    }

    private static IResult Started(Outcome<RegistrationStarted> outcome) => outcome.Refusal is null
        ? Results.Accepted(value: new
        {
            registrationId = outcome.Value!.RegistrationId,
            channel = outcome.Value.Channel == Channel.Email ? "email" : "sms",
            sentTo = outcome.Value.SentTo,
            expiresAt = outcome.Value.ExpiresAt,
            warnings = outcome.Value.Warnings.Select(w => new { code = w.Code, message = w.Message }),
        })
        : outcome.Refusal.ToProblem();
}
