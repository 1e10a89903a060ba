using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Risks.Contexts;
using Pamong.SpbeAssessment.Risks.Forms;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Monitoring;
using Pamong.SpbeAssessment.Risks.Register;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks;

/// <summary>
/// The SPBE risk register under /api/v1/spbe/risks (PermenPANRB 5/2020): the Pemda's matrix, contexts,
/// risks with their evaluation, treatments, monitoring, the heat map and the forms 2.0–5.0 as PDF or Excel.
/// Reading needs spbe.read; changes need spbe.manage.
/// </summary>
public static class RisksApi
{
    private const string Tag = "SPBE risks";

    public sealed record MatrixView(bool Localised, IReadOnlyList<IReadOnlyList<int>> Magnitudes, IReadOnlyList<RiskBand> Bands);

    public sealed record Level(int Value, string Name);

    public sealed record Reference(IReadOnlyList<Level> Likelihood, IReadOnlyList<Level> Impact, IReadOnlyList<string> ImpactAreas,
        IReadOnlyDictionary<string, IReadOnlyList<TreatmentOption>> TreatmentOptions, IReadOnlyList<string> DefaultCategories);

    public static void MapRisksApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/spbe/risks").WithTags(Tag).RequireAuthorization(Permissions.ReadSpbe);
        MapMatrix(group);
        MapContexts(group);
        MapRisks(group);
        MapTreatments(group);
    }

    private static void MapMatrix(RouteGroupBuilder group)
    {
        group.MapGet("/matrix", async (RiskMatrixStore store, CancellationToken ct) => Results.Ok(await MatrixOf(store, ct)))
            .WithName("GetSpbeRiskMatrix")
            .WithSummary("The Pemda's risk matrix: magnitudes[likelihood−1][impact−1] and the five bands (localised: false means the regulation's default).");

        group.MapPut("/matrix", async (MatrixInput input, RiskMatrixStore store, CancellationToken ct) =>
                (await store.SaveAsync(input, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(await MatrixOf(store, ct)))
            .RequireAuthorization(Permissions.ManageSpbe).WithName("SetSpbeRiskMatrix")
            .WithSummary("Localises the matrix: all 25 magnitudes 1–25, rising with likelihood and with impact; five named bands from 1 upwards (errors name the cell, e.g. errors[\"magnitudes[2][3]\"]).");

        group.MapDelete("/matrix", async (RiskMatrixStore store, CancellationToken ct) =>
            {
                await store.ResetAsync(ct);
                return Results.Ok(await MatrixOf(store, ct));
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("ResetSpbeRiskMatrix").WithSummary("Returns to the regulation's default matrix and bands.");

        group.MapGet("/reference", (IStringLocalizer<RiskText> text) => Results.Ok(new Reference(
                RiskLevels.All.Select(l => new Level(l, text[RiskLevels.LikelihoodKey(l)])).ToList(),
                RiskLevels.All.Select(i => new Level(i, text[RiskLevels.ImpactKey(i)])).ToList(),
                Enum.GetNames<ImpactArea>(),
                Enum.GetValues<RiskKind>().ToDictionary(k => k.ToString(), Treatment.OptionsFor),
                RiskCategories.Default)))
            .WithName("GetSpbeRiskReference")
            .WithSummary("Level names of likelihood and impact, the impact areas, the treatment options per kind of risk and the default categories.");
    }

    private static void MapContexts(RouteGroupBuilder group)
    {
        group.MapGet("/contexts", async (RiskRegister register, CancellationToken ct) => Results.Ok(await register.ContextsAsync(ct)))
            .WithName("ListSpbeRiskContexts").WithSummary("The risk contexts (periods), newest first, with their categories, appetites and number of risks.");

        group.MapGet("/contexts/{id:int}", async (int id, RiskRegister register, CancellationToken ct) =>
                await register.LoadAsync(id, ct) is { } view ? Results.Ok(view) : ContextNotFound())
            .WithName("GetSpbeRiskRegister").WithSummary("A context with its register: every risk evaluated (magnitude, band, appetite, mustTreat), its treatments and monitoring.");

        group.MapGet("/contexts/{id:int}/heatmap", async (int id, RiskRegister register, CancellationToken ct) =>
                await register.LoadAsync(id, ct) is { } view ? Results.Ok(RiskRegister.HeatMap(view)) : ContextNotFound())
            .WithName("GetSpbeRiskHeatMap").WithSummary("The 5×5 heat map of the context: the number of risks per likelihood and impact, with each cell's magnitude and band.");

        group.MapGet("/contexts/{id:int}/forms/{form:int}.{format}", async (int id, int form, string format, RiskRegister register, RiskForms forms, CancellationToken ct) =>
            {
                if (!RiskForms.Numbers.Contains(form) || !RiskForms.IsFormat(format))
                {
                    return Problems.NotFound("form_not_found", "Formulir 2–5 tersedia dalam format pdf atau xlsx.");
                }

                if (await register.LoadAsync(id, ct) is not { } view)
                {
                    return ContextNotFound();
                }

                var (content, type) = forms.Write(form, view, format);
                return Results.File(content, type, forms.FileName(form, view, format));
            })
            .WithName("DownloadSpbeRiskForm")
            .WithSummary("A form of PermenPANRB 5/2020 for the context: 2 (risk context), 3 (risk assessment), 4 (treatment plan) or 5 (monitoring report), as pdf or xlsx.");

        group.MapPost("/contexts", async (RiskContextInput input, RiskContextEditor editor, RiskRegister register, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/spbe/risks/contexts/{outcome.Value!.Id}", (await register.LoadAsync(outcome.Value.Id, ct))!.Context);
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbeRiskContext")
            .WithSummary("Sets up a context: year, name of the risk-owning unit, scope, objectives, stakeholders and categories [{name, appetite}] (appetite 1–25).");

        group.MapPut("/contexts/{id:int}", async (int id, RiskContextInput input, RiskContextEditor editor, RiskRegister register, CancellationToken ct) =>
                (await editor.UpdateAsync(id, input, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.Ok((await register.LoadAsync(id, ct))!.Context))
            .RequireAuthorization(Permissions.ManageSpbe).WithName("UpdateSpbeRiskContext")
            .WithSummary("Changes a context; a category still used by a risk cannot be dropped.");

        group.MapDelete("/contexts/{id:int}", async (int id, RiskContextEditor editor, CancellationToken ct) =>
                (await editor.DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbeRiskContext").WithSummary("Deletes a context that has no risks (409 risk_context_not_empty otherwise).");
    }

    private static void MapRisks(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}", async (int id, RiskRegister register, CancellationToken ct) =>
                await register.RiskAsync(id, ct) is { } found ? Results.Ok(found.Risk) : RiskNotFound())
            .WithName("GetSpbeRisk").WithSummary("One risk, evaluated, with its treatments and monitoring.");

        group.MapPost("/", async (RiskInput input, RiskEditor editor, RiskRegister register, CancellationToken ct) =>
            {
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/spbe/risks/{outcome.Value!.Id}", (await register.RiskAsync(outcome.Value.Id, ct))!.Value.Risk);
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbeRisk")
            .WithSummary("Assesses a risk in a context: category (one the context uses), kind Negative/Positive, event, cause, impact, impactArea, ownerUnitId, likelihood and impact 1–5.");

        group.MapPut("/{id:int}", async (int id, RiskInput input, RiskEditor editor, RiskRegister register, CancellationToken ct) =>
                (await editor.UpdateAsync(id, input, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.Ok((await register.RiskAsync(id, ct))!.Value.Risk))
            .RequireAuthorization(Permissions.ManageSpbe).WithName("UpdateSpbeRisk").WithSummary("Changes a risk (its context stays).");

        group.MapDelete("/{id:int}", async (int id, RiskEditor editor, CancellationToken ct) =>
                (await editor.DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbeRisk").WithSummary("Deletes a risk with its treatments and monitoring.");
    }

    private static void MapTreatments(RouteGroupBuilder group)
    {
        group.MapPost("/{riskId:int}/treatments", async (int riskId, TreatmentInput input, TreatmentEditor editor, RiskRegister register, CancellationToken ct) =>
            {
                input.RiskId = riskId;
                var outcome = await editor.CreateAsync(input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Created($"/api/v1/spbe/risks/{riskId}", (await register.RiskAsync(riskId, ct))!.Value.Risk);
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbeRiskTreatment")
            .WithSummary("Adds a treatment plan: option (Mitigate/Transfer/Avoid/Accept for a negative risk, Exploit/Share/Enhance/Accept for a positive one), plan, ownerUnitId, deadline yyyy-MM-dd, targetLikelihood, targetImpact. Answers the risk.");

        group.MapPut("/treatments/{id:int}", async (int id, TreatmentInput input, TreatmentEditor editor, RiskRegister register, CancellationToken ct) =>
            {
                var outcome = await editor.UpdateAsync(id, input, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok((await register.RiskAsync(outcome.Value!.RiskId, ct))!.Value.Risk);
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("UpdateSpbeRiskTreatment").WithSummary("Changes a treatment plan. Answers the risk.");

        group.MapDelete("/treatments/{id:int}", async (int id, TreatmentEditor editor, CancellationToken ct) =>
                (await editor.DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbeRiskTreatment").WithSummary("Deletes a treatment plan with its monitoring.");

        group.MapPost("/treatments/{id:int}/monitoring", async (int id, MonitoringInput input, MonitoringEditor editor, TreatmentEditor treatments, RiskRegister register, CancellationToken ct) =>
            {
                input.TreatmentId = id;
                var outcome = await editor.CreateAsync(input, ct);
                if (outcome.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                var riskId = (await treatments.FindAsync(id, ct))!.RiskId;
                return Results.Created($"/api/v1/spbe/risks/{riskId}", (await register.RiskAsync(riskId, ct))!.Value.Risk);
            })
            .RequireAuthorization(Permissions.ManageSpbe).WithName("CreateSpbeRiskMonitoring")
            .WithSummary("Reports on a treatment: date yyyy-MM-dd (not in the future), progress 0–100, status NotStarted/InProgress/Done (Done needs 100), residualLikelihood, residualImpact, note. Answers the risk.");

        group.MapDelete("/monitoring/{id:int}", async (int id, MonitoringEditor editor, CancellationToken ct) =>
                (await editor.DeleteAsync(id, ct)).Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent())
            .RequireAuthorization(Permissions.ManageSpbe).WithName("DeleteSpbeRiskMonitoring").WithSummary("Deletes a monitoring report entered by mistake.");
    }

    private static async Task<MatrixView> MatrixOf(RiskMatrixStore store, CancellationToken ct)
    {
        var matrix = await store.LoadAsync(ct);
        var cells = matrix.Magnitudes;
        return new MatrixView(await store.IsLocalisedAsync(ct),
            RiskLevels.All.Select(l => (IReadOnlyList<int>)RiskLevels.All.Select(i => cells[l - 1, i - 1]).ToList()).ToList(), matrix.Bands);
    }

    private static IResult ContextNotFound() => Problems.NotFound("risk_context_not_found", "Konteks risiko tidak ditemukan.");

    private static IResult RiskNotFound() => Problems.NotFound("risk_not_found", "Risiko tidak ditemukan.");
}
