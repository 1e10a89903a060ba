using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Catalogue;

/// <summary>One service with its current workflow; unpublished ones only for administrators.</summary>
public sealed class ServiceReader(PublicServicesDb db, OpdUnits opd, WorkflowEditor workflows)
{
    public sealed record Found(Service Service, string? OwnerUnitName, WorkflowVersion? Current)
    {
        public ServiceDetail ToDetail() => ServiceDetail.From(Service, OwnerUnitName, Current);
    }

    public async Task<Found?> FindAsync(string code, bool includeUnpublished, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code && (includeUnpublished || s.IsPublished), ct);
        if (service is null)
        {
            return null;
        }

        var owner = service.OwnerUnitCode is null ? null : (await opd.NamesAsync(ct)).GetValueOrDefault(service.OwnerUnitCode);
        return new Found(service, owner, await workflows.CurrentAsync(service.Id, ct));
    }
}
