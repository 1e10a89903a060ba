using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Exclusions;
using Pamong.SocialProtection.Jobs;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Imports;

/// <summary>
/// Staff lists (ASN, TNI, Polri, perangkat desa): daftar, nik, nama, tanggal_lahir, nomor_pegawai, instansi;
/// upserted by list and NIK.
/// </summary>
internal sealed class ExclusionImport(PerlinsosDb db, ImportFiles files, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
    : SimpleImport<ExclusionListEntry>(db, files, text)
{
    public static readonly string[] Template = ["daftar", "nik", "nama", "tanggal_lahir", "nomor_pegawai", "instansi"];

    private int _list = -1;
    private int _nik = -1;
    private int _name = -1;
    private int _birth = -1;
    private int _number = -1;
    private int _agency = -1;

    public override JobKind Kind => JobKind.ExclusionImport;

    public static ExclusionList? ListOf(string value) => value.Trim().ToUpperInvariant().Replace('_', ' ') switch
    {
        "ASN" or "PNS" or "PPPK" => ExclusionList.Asn,
        "TNI" => ExclusionList.Tni,
        "POLRI" or "POLISI" => ExclusionList.Polri,
        "PERANGKAT DESA" or "PERANGKAT" or "VILLAGEOFFICIAL" => ExclusionList.VillageOfficial,
        _ => null,
    };

    protected override void ReadHeader(ImportHeader header)
    {
        (_list, _nik, _name, _birth, _number, _agency) = (header.Find("daftar", "jenis"), header.Find("nik"), header.Find("nama"),
            header.Find("tanggal_lahir", "tgl_lahir"), header.Find("nomor_pegawai", "nip", "nrp"), header.Find("instansi", "satuan_kerja", "unit"));
        var missing = new[] { (_list, "daftar"), (_nik, "nik"), (_name, "nama") }.Where(c => c.Item1 < 0).Select(c => c.Item2).ToList();
        if (missing.Count > 0)
        {
            throw new ImportRefusedException(Text["ColumnsMissing", string.Join(", ", missing)]);
        }
    }

    protected override ExclusionListEntry? Parse(string[] row, List<string> reasons)
    {
        var list = ListOf(ImportHeader.Cell(row, _list));
        var nik = RegistryFields.Digits(ImportHeader.Cell(row, _nik));
        var name = RegistryFields.Collapse(ImportHeader.Cell(row, _name));
        var birthText = ImportHeader.Cell(row, _birth).Trim();
        var birth = birthText.Length == 0 ? null : Date(birthText);
        if (list is null)
        {
            reasons.Add(Text["ListUnknown"]);
        }

        if (!SixteenDigits(nik))
        {
            reasons.Add(Text["NikNot16"]);
        }

        if (name.Length is < 2 or > 150)
        {
            reasons.Add(Text["NameRequired"]);
        }

        if (birthText.Length > 0 && birth is null)
        {
            reasons.Add(Text["BirthDateInvalid"]);
        }

        static string? Short(string v, int max) => v.Trim().Length == 0 ? null : v.Trim()[..Math.Min(max, v.Trim().Length)];
        return reasons.Count > 0 ? null : new ExclusionListEntry
        {
            List = list!.Value,
            Nik = nik,
            Name = name,
            NormalizedName = IndonesianName.Normalize(name),
            BirthDate = birth,
            StaffNumber = Short(ImportHeader.Cell(row, _number), 30),
            Agency = Short(ImportHeader.Cell(row, _agency), 200),
        };
    }

    protected override string KeyOf(ExclusionListEntry value) => value.List + ":" + value.Nik;

    protected override async Task<(int Created, int Updated)> UpsertAsync(List<ExclusionListEntry> batch, CancellationToken ct)
    {
        var niks = batch.Select(b => b.Nik).Distinct().ToList();
        var existing = await Db.ExclusionListEntries.Where(e => niks.Contains(e.Nik)).ToDictionaryAsync(e => e.List + ":" + e.Nik, ct);
        var (created, updated) = (0, 0);
        foreach (var e in batch)
        {
            if (!existing.TryGetValue(KeyOf(e), out var entry))
            {
                e.Source = "impor";
                e.ImportedAt = clock.GetUtcNow();
                Db.ExclusionListEntries.Add(e);
                created++;
            }
            else if (entry.Name != e.Name || entry.BirthDate != e.BirthDate || entry.StaffNumber != e.StaffNumber || entry.Agency != e.Agency)
            {
                (entry.Name, entry.NormalizedName, entry.BirthDate, entry.StaffNumber, entry.Agency) = (e.Name, e.NormalizedName, e.BirthDate, e.StaffNumber, e.Agency);
                updated++;
            }
        }

        return (created, updated);
    }
}
