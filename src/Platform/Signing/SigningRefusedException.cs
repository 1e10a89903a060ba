using Pamong.Platform.Web;

namespace Pamong.Platform.Signing;

/// <summary>
/// Why a document was not issued or revoked, as a <see cref="Web.Refusal"/> (status, stable code, Indonesian detail):
/// e.g. "no_valid_certificate" when the unit has no valid certificate. Pages show the detail; the API answers
/// <c>Refusal.ToProblem()</c>.
/// </summary>
public sealed class SigningRefusedException(Refusal refusal) : Exception(refusal.Detail)
{
    public const string NoValidCertificate = "no_valid_certificate";
    public const string UnknownUnit = "unit_not_found";
    public const string DocumentNotFound = "document_not_found";
    public const string AlreadyRevoked = "document_already_revoked";
    public const string ReasonRequired = "reason_required";

    public Refusal Refusal { get; } = refusal;
}
