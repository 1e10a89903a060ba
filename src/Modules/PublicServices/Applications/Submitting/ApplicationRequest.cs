namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>Who applies, through which channel, and where the notices go.</summary>
public sealed record Applicant(
    string? Nik, string? Name, string? VillageCode, string? Email, string? Phone,
    ApplicationChannel Channel, string? UserId = null, string? AssistedByUserId = null, string? PartnerName = null);

/// <summary>An application as filled in: the service, the applicant, the form answers (by field key) and the files.</summary>
public sealed record ApplicationRequest(string ServiceCode, Applicant Applicant, IReadOnlyDictionary<string, string?> Answers, IReadOnlyList<Upload> Files);
