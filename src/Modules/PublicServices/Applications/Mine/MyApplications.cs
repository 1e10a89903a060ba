using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications;

/// <summary>One of the citizen's own applications in their list.</summary>
public sealed record MineRow(string Number, string ServiceName, ApplicationStatus Status, string? StepName, DateTime SubmittedAt, DateOnly? StepDueOn, DateTime? CompletedAt);

/// <summary>The signed-in citizen's applications, newest first (the ones they applied for online and those an operator made for them).</summary>
public sealed class MyApplications(PublicServicesDb db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<MineRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return [];
        }

        return await db.Applications.AsNoTracking().Where(a => a.ApplicantUserId == id).OrderByDescending(a => a.SubmittedAt).Take(Limit)
            .Select(a => new MineRow(
                a.Number,
                db.Services.Where(s => s.Id == a.ServiceId).Select(s => s.Name).First(),
                a.Status,
                db.WorkflowSteps.Where(s => s.WorkflowVersionId == a.WorkflowVersionId && s.Order == a.CurrentStep).Select(s => s.Name).FirstOrDefault(),
                a.SubmittedAt, a.StepDueOn, a.CompletedAt))
            .ToListAsync(ct);
    }
}
