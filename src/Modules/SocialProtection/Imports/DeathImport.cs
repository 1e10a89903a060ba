using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Deaths;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Imports;

/// <summary>Death records (Dukcapil or village reports): nik, nama, tanggal_meninggal, nomor_akta; upserted by NIK.</summary>
internal sealed class DeathImport(PerlinsosDb db, ImportFiles files, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
    : SimpleImport<DeathRecord>(db, files, text)
{
    public static readonly string[] Template = ["nik", "nama", "tanggal_meninggal", "nomor_akta"];

    private int _nik = -1;
    private int _name = -1;
    private int _died = -1;
    private int _reference = -1;
    private string _source = "";

    public override JobKind Kind => JobKind.DeathImport;

    protected override void ReadHeader(ImportHeader header)
    {
        (_nik, _name, _died, _reference) = (header.Find("nik"), header.Find("nama"), header.Find("tanggal_meninggal", "tgl_meninggal", "tanggal_kematian"),
            header.Find("nomor_akta", "no_akta"));
        var missing = new[] { (_nik, "nik"), (_name, "nama"), (_died, "tanggal_meninggal") }.Where(c => c.Item1 < 0).Select(c => c.Item2).ToList();
        if (missing.Count > 0)
        {
            throw new ImportRefusedException(Text["ColumnsMissing", string.Join(", ", missing)]);
        }
    }

    protected override DeathRecord? Parse(string[] row, List<string> reasons)
    {
        var nik = RegistryFields.Digits(ImportHeader.Cell(row, _nik));
        var name = RegistryFields.Collapse(ImportHeader.Cell(row, _name));
        var died = Date(ImportHeader.Cell(row, _died));
        if (!SixteenDigits(nik))
        {
            reasons.Add(Text["NikNot16"]);
        }

        if (name.Length is < 2 or > 150)
        {
            reasons.Add(Text["NameRequired"]);
        }

        if (died is null || died > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            reasons.Add(Text["DeathDateInvalid"]);
        }

        var reference = ImportHeader.Cell(row, _reference).Trim();
        return reasons.Count > 0 ? null : new DeathRecord
        {
            Nik = nik,
            Name = name,
            NormalizedName = IndonesianName.Normalize(name),
            DiedOn = died!.Value,
            Reference = reference.Length == 0 ? null : reference[..Math.Min(100, reference.Length)],
        };
    }

    protected override string KeyOf(DeathRecord value) => value.Nik;

    protected override async Task<(int Created, int Updated)> UpsertAsync(List<DeathRecord> batch, CancellationToken ct)
    {
        _source = "impor";
        var niks = batch.Select(b => b.Nik).ToList();
        var existing = await Db.DeathRecords.Where(d => niks.Contains(d.Nik)).ToDictionaryAsync(d => d.Nik, ct);
        var (created, updated) = (0, 0);
        foreach (var d in batch)
        {
            if (!existing.TryGetValue(d.Nik, out var record))
            {
                d.Source = _source;
                d.ImportedAt = clock.GetUtcNow();
                Db.DeathRecords.Add(d);
                created++;
            }
            else if (record.Name != d.Name || record.DiedOn != d.DiedOn || record.Reference != d.Reference)
            {
                (record.Name, record.NormalizedName, record.DiedOn, record.Reference) = (d.Name, d.NormalizedName, d.DiedOn, d.Reference);
                updated++;
            }
        }

        return (created, updated);
    }
}
