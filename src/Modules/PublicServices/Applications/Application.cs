using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Applications;

/// <summary>
/// A citizen's application for a service, processed along the workflow version it started on.
/// </summary>
public sealed class Application : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>The readable number the citizen tracks it by, unique per Pemda.</summary>
    public string Number { get; set; } = "";
    public Guid ServiceId { get; set; }
    public Guid WorkflowVersionId { get; set; }

    public string ApplicantNik { get; set; } = "";
    public string ApplicantName { get; set; } = "";

    /// <summary>The citizen's account, when the citizen applied signed in.</summary>
    public string? ApplicantUserId { get; set; }
    public ApplicationChannel Channel { get; set; }

    /// <summary>The operator who applied for a walk-in citizen (assisted channel).</summary>
    public string? AssistedByUserId { get; set; }

    /// <summary>The applicant's desa (region code): decides which desa and kecamatan handle the steps.</summary>
    public string VillageCode { get; set; } = "";
    public ApplicationStatus Status { get; set; }

    /// <summary>The order of the workflow step the application is at.</summary>
    public int CurrentStep { get; set; }

    /// <summary>When the current step is due (its SLA in working days).</summary>
    public DateOnly? StepDueOn { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime? CompletedAt { get; set; }

    /// <summary>The form answers as a JSON object keyed by field key (files are in <see cref="ApplicationFile"/>).</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>The issued result document (signed PDF), once there is one.</summary>
    public Guid? DocumentId { get; set; }
}
