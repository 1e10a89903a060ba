using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations.Positions;
using Pamong.Platform.Organisations.Staff;
using Pamong.Platform.Organisations.Units;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations;

/// <summary>
/// The organisation's HTTP surface under /api/v1/organisation: units (OPD, kecamatan and village offices),
/// positions and staff. Any signed-in account may read; changes need organisation.manage.
/// </summary>
public static class OrganisationApi
{
    private const string Tag = "Organisation";

    public static IEndpointRouteBuilder MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1().MapGroup("/organisation").WithTags(Tag);
        MapUnits(api);
        MapPositions(api);
        MapStaff(api);
        return app;
    }

    private static void MapUnits(RouteGroupBuilder api)
    {
        api.MapGet("/units", async (string? kind, string? q, int? page, int? pageSize, PamongDb db, CancellationToken ct) =>
            {
                var parsed = UnitSearch.ParseKind(kind);
                if (!string.IsNullOrEmpty(kind) && parsed is null)
                {
                    return Problems.Invalid("unit_kind_invalid", "Jenis unit harus salah satu dari: pemda, opd, kecamatan, desa, kelurahan.");
                }

                return Results.Ok(await UnitSearch.FindAsync(db, parsed, q, page, pageSize, ct));
            })
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("ListOrganisationUnits")
            .WithSummary("Units of the Pemda (kind: pemda, opd, kecamatan, desa, kelurahan; q: part of the name or code), a page at a time.");

        api.MapGet("/units/{id:int}", async (int id, PamongDb db, CancellationToken ct) =>
                await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) is { } unit
                    ? Results.Ok(UnitRow.From(unit))
                    : Problems.NotFound("unit_not_found", "Unit organisasi tidak ditemukan."))
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("GetOrganisationUnit")
            .WithSummary("One organisation unit.");

        api.MapPost("/units", async (OpdInput input, OpdEditor editor, CancellationToken ct) =>
                Created(await editor.CreateAsync(input, ct), u => $"/api/v1/organisation/units/{u.Id}", UnitRow.From))
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("CreateOpd")
            .WithSummary("Adds an OPD (code: upper-case letters, digits and hyphens, unique in the Pemda).");

        api.MapPut("/units/{id:int}", async (int id, OpdInput input, OpdEditor editor, CancellationToken ct) =>
                Ok(await editor.UpdateAsync(id, input, ct), UnitRow.From))
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("UpdateOpd")
            .WithSummary("Changes an OPD's code, name or active flag (active: false deactivates it).");

        api.MapPost("/sync-areas", async (AreaOfficeSync sync, CancellationToken ct) => Results.Ok(new { added = await sync.RunAsync(ct) }))
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("SyncAreaOffices")
            .WithSummary("Adds an office for every kecamatan and village of the Pemda's region that has none; returns how many were added.");
    }

    private static void MapPositions(RouteGroupBuilder api)
    {
        api.MapGet("/units/{id:int}/positions", async (int id, PamongDb db, CancellationToken ct) =>
            {
                if (!await db.OrganisationUnits.AnyAsync(u => u.Id == id, ct))
                {
                    return Problems.NotFound("unit_not_found", "Unit organisasi tidak ditemukan.");
                }

                var positions = await db.Positions.AsNoTracking().Where(p => p.UnitId == id).OrderBy(p => p.Name).ToListAsync(ct);
                return Results.Ok(positions.Select(PositionRow.From));
            })
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("ListPositions")
            .WithSummary("The positions (jabatan) of a unit.");

        api.MapGet("/positions/{id:int}", async (int id, PamongDb db, CancellationToken ct) =>
                await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } position
                    ? Results.Ok(PositionRow.From(position))
                    : Problems.NotFound("position_not_found", "Jabatan tidak ditemukan."))
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("GetPosition")
            .WithSummary("One position.");

        api.MapPost("/units/{id:int}/positions", async (int id, PositionInput input, PositionEditor editor, CancellationToken ct) =>
                Created(await editor.CreateAsync(id, input, ct), p => $"/api/v1/organisation/positions/{p.Id}", PositionRow.From))
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("CreatePosition")
            .WithSummary("Adds a position to a unit (the name is unique within the unit).");

        api.MapPut("/positions/{id:int}", async (int id, PositionInput input, PositionEditor editor, CancellationToken ct) =>
                Ok(await editor.UpdateAsync(id, input, ct), PositionRow.From))
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("UpdatePosition")
            .WithSummary("Changes a position's name, grade or active flag.");
    }

    private static void MapStaff(RouteGroupBuilder api)
    {
        api.MapGet("/units/{id:int}/staff", async (int id, string? q, int? page, int? pageSize, PamongDb db,
                ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken ct) =>
            {
                if (!await db.OrganisationUnits.AnyAsync(u => u.Id == id, ct))
                {
                    return Problems.NotFound("unit_not_found", "Unit organisasi tidak ditemukan.");
                }

                var found = await StaffSearch.FindAsync(db, id, q, page, pageSize, ct);
                if (!await CanManageAsync(user, authorization))
                {
                    found = found with { Items = found.Items.Select(s => s.WithoutIdentifiers()).ToList() };
                }

                return Results.Ok(found);
            })
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("ListStaff")
            .WithSummary("The staff of a unit (q: part of the name or the whole NIP). NIP and account are shown to organisation managers only.");

        api.MapGet("/staff/{id:int}", async (int id, PamongDb db, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken ct) =>
            {
                var staff = await StaffSearch.FindOneAsync(db, id, ct);
                if (staff is null)
                {
                    return Problems.NotFound("staff_not_found", "Pegawai tidak ditemukan.");
                }

                return Results.Ok(await CanManageAsync(user, authorization) ? staff : staff.WithoutIdentifiers());
            })
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("GetStaffMember")
            .WithSummary("One member of staff.");

        api.MapPost("/staff", async (StaffInput input, StaffEditor editor, PamongDb db, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/organisation/staff/{outcome.Value!.Id}", await StaffSearch.FindOneAsync(db, outcome.Value.Id, ct));
            })
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("CreateStaffMember")
            .WithSummary("Adds a member of staff (status Asn needs a valid NIP; every NIP problem is listed in errors.nip).");

        api.MapPut("/staff/{id:int}", async (int id, StaffInput input, StaffEditor editor, PamongDb db, CancellationToken ct) =>
            {
                var outcome = await editor.UpdateAsync(id, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(await StaffSearch.FindOneAsync(db, id, ct));
            })
            .RequireAuthorization(Permissions.ManageOrganisation)
            .WithName("UpdateStaffMember")
            .WithSummary("Changes a member of staff (active: false when they leave).");
    }

    private static async Task<bool> CanManageAsync(ClaimsPrincipal user, IAuthorizationService authorization) =>
        (await authorization.AuthorizeAsync(user, Permissions.ManageOrganisation)).Succeeded;

    private static IResult Created<T, TRow>(Outcome<T> outcome, Func<T, string> location, Func<T, TRow> row) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Created(location(outcome.Value!), row(outcome.Value!));

    private static IResult Ok<T, TRow>(Outcome<T> outcome, Func<T, TRow> row) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(row(outcome.Value!));
}
