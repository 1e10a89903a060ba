using System.Globalization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Localization;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Risks.Matrix;
using Pamong.SpbeAssessment.Risks.Register;

namespace Pamong.SpbeAssessment.Risks.Forms;

/// <summary>
/// The forms of PermenPANRB 5/2020 for one context: 2.0 risk context, 3.0 risk assessment (the register),
/// 4.0 treatment plan and 5.0 monitoring report, each as PDF or Excel.
/// </summary>
public sealed class RiskForms(IStringLocalizer<RiskText> text, TenantDirectory tenants, CurrentTenant tenant, TimeProvider clock)
{
    public static readonly IReadOnlyList<int> Numbers = [2, 3, 4, 5];

    public const string PdfType = "application/pdf";

    public static bool IsFormat(string? format) => format is "pdf" or "xlsx";

    /// <summary>"formulir-3.0-penilaian-risiko-2026.pdf".</summary>
    public string FileName(int form, RegisterView register, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"formulir-{form}.0-{text["FormSlug_" + form.ToString(CultureInfo.InvariantCulture)]}-{register.Context.Year}.{format}");

    public (byte[] Content, string ContentType) Write(int form, RegisterView register, string format)
    {
        var printable = Build(form, register);
        return format == "pdf"
            ? (printable.ToPdf(Footer(), text["PageNumber"]), PdfType)
            : (printable.ToXlsx(), Pamong.Platform.Web.Export.XlsxWriter.ContentType);
    }

    public PrintableForm Build(int form, RegisterView register) => form switch
    {
        2 => ContextForm(register),
        3 => AssessmentForm(register),
        4 => TreatmentForm(register),
        5 => MonitoringForm(register),
        _ => throw new ArgumentOutOfRangeException(nameof(form), "Forms 2.0 to 5.0 only."),
    };

    /// <summary>"Pemerintah Kabupaten Banyuwangi · dicetak 23 November 2026".</summary>
    public string Footer() => text["PrintedFooter", tenants.Find(tenant.Id)?.Name ?? tenant.Id, IndonesianFormat.Date(clock.WibToday())];

    private string Title(int form, RegisterView register) =>
        text["FormTitle_" + form.ToString(CultureInfo.InvariantCulture), register.Context.Year];

    private (string, string?)[] Heading(RegisterView register) =>
        [(text["Year"], register.Context.Year.ToString(CultureInfo.InvariantCulture)), (text["ContextName"], register.Context.Name)];

    private PrintableForm ContextForm(RegisterView register)
    {
        var c = register.Context;
        var matrix = register.Matrix;
        var form = new PrintableForm(Title(2, register), landscape: false)
            .Facts([.. Heading(register), (text["Scope"], c.Scope), (text["Objectives"], c.Objectives), (text["Stakeholders"], c.Stakeholders)])
            .Table(text["CategoriesAndAppetite"], [new(text["Number"], 3, true), new(text["Category"], 20), new(text["Appetite"], 8, true), new(text["AppetiteBand"], 9)],
                c.Categories.Select((k, i) => (IReadOnlyList<FormCell>)[i + 1, k.Name, k.Appetite, Band(matrix.Band(k.Appetite))]),
                text["AppetiteNote"])
            .Table(text["LikelihoodCriteria"], [new(text["Level"], 3, true), new(text["Likelihood"], 12), new(text["LikelihoodChance"], 12)],
                RiskLevels.All.Select(l => (IReadOnlyList<FormCell>)[l, text[RiskLevels.LikelihoodKey(l)].Value, text["LikelihoodChance_" + l.ToString(CultureInfo.InvariantCulture)].Value]))
            .Table(text["ImpactCriteria"], [new(text["Level"], 3, true), new(text["Impact"], 12)],
                RiskLevels.All.Select(i => (IReadOnlyList<FormCell>)[i, text[RiskLevels.ImpactKey(i)].Value]))
            .Table(text["ImpactAreas"], [new(text["Number"], 3, true), new(text["ImpactArea"], 20)],
                Enum.GetValues<ImpactArea>().Select((a, i) => (IReadOnlyList<FormCell>)[i + 1, text["Area_" + a].Value]))
            .Table(text["MatrixTitle"], [new(text["LikelihoodByImpact"], 14), .. RiskLevels.All.Select(i => new FormColumn(i + " " + text[RiskLevels.ImpactKey(i)], 7, true))],
                RiskLevels.All.Reverse().Select(l => (IReadOnlyList<FormCell>)[l + " " + text[RiskLevels.LikelihoodKey(l)],
                    .. RiskLevels.All.Select(i => new FormCell(matrix.Magnitude(l, i), matrix.Band(l, i).Colour))]))
            .Table(text["Bands"], [new(text["Band"], 10), new(text["MagnitudeRange"], 8)],
                matrix.Bands.Select(b => (IReadOnlyList<FormCell>)[new FormCell(b.Name, b.Colour, true), Range(b)]));
        return form;
    }

    private PrintableForm AssessmentForm(RegisterView register)
    {
        var columns = new FormColumn[]
        {
            new(text["Code"], 4), new(text["Category"], 9), new(text["Kind"], 6), new(text["Event"], 15), new(text["Cause"], 13), new(text["ImpactDescription"], 13),
            new(text["ImpactArea"], 9), new(text["Owner"], 10), new(text["LikelihoodShort"], 3, true), new(text["ImpactShort"], 3, true),
            new(text["MagnitudeShort"], 6, true), new(text["Band"], 7), new(text["Appetite"], 5, true), new(text["MustTreatShort"], 7),
        };
        var rows = register.Risks.Select(r => (IReadOnlyList<FormCell>)
        [
            r.Code, r.Category, text["Kind_" + r.Kind].Value, r.Event, r.Cause, r.ImpactDescription, text["Area_" + r.ImpactArea].Value, r.OwnerName,
            r.Inherent.Likelihood, r.Inherent.Impact, new FormCell(r.Inherent.Magnitude, Colour(r.Inherent)), new FormCell(r.Inherent.Band, Colour(r.Inherent), true),
            r.Appetite is { } a ? FormCell.FromInt32(a) : FormCell.None, r.MustTreat ? text["Yes"].Value : text["No"].Value,
        ]);
        var heat = RiskRegister.HeatMap(register);
        return new PrintableForm(Title(3, register), landscape: true)
            .Facts(Heading(register))
            .Table(text["RegisterTitle"], columns, rows, register.Risks.Count == 0 ? text["NoRisks"].Value : null)
            .Table(text["HeatMap"], [new(text["LikelihoodByImpact"], 14), .. RiskLevels.All.Select(i => new FormColumn(i + " " + text[RiskLevels.ImpactKey(i)], 7, true))],
                RiskLevels.All.Reverse().Select(l => (IReadOnlyList<FormCell>)[l + " " + text[RiskLevels.LikelihoodKey(l)],
                    .. heat.Where(h => h.Likelihood == l).OrderBy(h => h.Impact).Select(h => new FormCell(h.Count, register.Matrix.Bands[h.BandLevel - 1].Colour, h.Count > 0))]),
                text["HeatMapNote"]);
    }

    private PrintableForm TreatmentForm(RegisterView register)
    {
        var columns = new FormColumn[]
        {
            new(text["Code"], 4), new(text["Event"], 14), new(text["MagnitudeShort"], 6, true), new(text["Band"], 7), new(text["Option"], 8), new(text["Plan"], 20),
            new(text["Responsible"], 11), new(text["Deadline"], 8), new(text["TargetLikelihood"], 5, true), new(text["TargetImpact"], 5, true),
            new(text["TargetMagnitude"], 5, true), new(text["TargetBand"], 7),
        };
        var rows = new List<IReadOnlyList<FormCell>>();
        foreach (var r in register.Risks.Where(r => r.MustTreat || r.Treatments.Count > 0))
        {
            if (r.Treatments.Count == 0)
            {
                rows.Add([r.Code, r.Event, r.Inherent.Magnitude, new FormCell(r.Inherent.Band, Colour(r.Inherent)), "–", text["NoPlanYet"].Value, r.OwnerName, N, N, N, N, N]);
            }

            foreach (var t in r.Treatments)
            {
                rows.Add([r.Code, r.Event, r.Inherent.Magnitude, new FormCell(r.Inherent.Band, Colour(r.Inherent)), text["Option_" + t.Option].Value, t.Plan, t.OwnerName,
                    t.Deadline, t.Target.Likelihood, t.Target.Impact, t.Target.Magnitude, new FormCell(t.Target.Band, Colour(t.Target))]);
            }
        }

        return new PrintableForm(Title(4, register), landscape: true)
            .Facts(Heading(register))
            .Table(text["TreatmentPlanTitle"], columns, rows, rows.Count == 0 ? text["NothingToTreat"].Value : text["TreatmentPlanNote"].Value);
    }

    private PrintableForm MonitoringForm(RegisterView register)
    {
        var columns = new FormColumn[]
        {
            new(text["Code"], 4), new(text["Plan"], 16), new(text["Deadline"], 8), new(text["MonitoredOn"], 8), new(text["Progress"], 6, true), new(text["Status"], 8),
            new(text["ResidualLikelihood"], 5, true), new(text["ResidualImpact"], 5, true), new(text["ResidualMagnitude"], 5, true), new(text["ResidualBand"], 7), new(text["Note"], 16),
        };
        var overdueFill = RiskBand.Colours[^1];
        var rows = new List<IReadOnlyList<FormCell>>();
        foreach (var r in register.Risks)
        {
            foreach (var t in r.Treatments)
            {
                FormCell? status = t.Overdue ? new FormCell(text["Overdue"].Value, overdueFill, true) : null;
                if (t.Monitoring.Count == 0)
                {
                    rows.Add([r.Code, t.Plan, t.Deadline, N, N, status ?? text["NotMonitoredYet"].Value, N, N, N, N, N]);
                }

                foreach (var m in t.Monitoring)
                {
                    var last = m == t.Monitoring[^1];
                    rows.Add([r.Code, t.Plan, t.Deadline, m.Date, m.Progress, last && status is not null ? status : text["Monitoring_" + m.Status].Value,
                        m.Residual.Likelihood, m.Residual.Impact, m.Residual.Magnitude, new FormCell(m.Residual.Band, Colour(m.Residual)), m.Note]);
                }
            }
        }

        return new PrintableForm(Title(5, register), landscape: true)
            .Facts([.. Heading(register), (text["ReportDate"], IndonesianFormat.Date(clock.WibToday()))])
            .Table(text["MonitoringTitle"], columns, rows, rows.Count == 0 ? text["NoTreatments"].Value : null);
    }

    private static FormCell N => FormCell.None;

    private static Pamong.Platform.Web.Export.RgbColor Colour(LevelView level) => RiskBand.Colours[level.BandLevel - 1];

    private static string Band(RiskBand band) => band.Name;

    private static string Range(RiskBand band) =>
        band.From == band.To ? band.From.ToString(CultureInfo.CurrentCulture) : string.Create(CultureInfo.CurrentCulture, $"{band.From}–{band.To}");
}
