using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>An application with what its processing needs: its service and the steps and fields of its workflow version.</summary>
public sealed record ApplicationCase(Application Application, Service Service, IReadOnlyList<WorkflowStep> Steps, IReadOnlyList<FormField> Fields)
{
    public WorkflowStep? CurrentStep => Steps.FirstOrDefault(s => s.Order == Application.CurrentStep);

    public WorkflowStep? NextStep => Steps.Where(s => s.Order > Application.CurrentStep).MinBy(s => s.Order);

    public bool IsOpen => Application.Status is ApplicationStatus.Submitted or ApplicationStatus.InProgress;

    /// <summary>Loads by number (tracked, for a change) or null.</summary>
    public static async Task<ApplicationCase?> LoadAsync(PublicServicesDb db, string? number, bool tracked, CancellationToken ct)
    {
        var normalized = Numbering.ApplicationNumbers.Normalize(number);
        if (normalized is null)
        {
            return null;
        }

        var query = tracked ? db.Applications : db.Applications.AsNoTracking();
        var application = await query.FirstOrDefaultAsync(a => a.Number == normalized, ct);
        if (application is null)
        {
            return null;
        }

        var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == application.ServiceId, ct);
        var steps = await db.WorkflowSteps.AsNoTracking().Where(s => s.WorkflowVersionId == application.WorkflowVersionId).OrderBy(s => s.Order).ToListAsync(ct);
        var fields = await db.FormFields.AsNoTracking().Where(f => f.WorkflowVersionId == application.WorkflowVersionId).OrderBy(f => f.Order).ToListAsync(ct);
        return new ApplicationCase(application, service, steps, fields);
    }
}
