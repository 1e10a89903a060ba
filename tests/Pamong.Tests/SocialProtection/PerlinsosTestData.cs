using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pamong.Tests.Infrastructure;

namespace Pamong.Tests.SocialProtection;

/// <summary>Households, NIKs and KK numbers no other test uses, and the steps the Perlinsos tests share.</summary>
internal static class PerlinsosTestData
{
    public const string Kemiren = "35.10.15.2004";
    public const string Pakis = "35.10.16.1001";
    private static int _serial = 8000;

    /// <summary>A NIK issued in Glagah matching the birth date and sex (serials from 8000: the demo data stays below).</summary>
    public static string Nik(DateOnly birth, bool male = true) =>
        "351015" + (birth.Day + (male ? 0 : 40)).ToString("00", CultureInfo.InvariantCulture) + birth.ToString("MMyy", CultureInfo.InvariantCulture)
        + Interlocked.Increment(ref _serial).ToString("0000", CultureInfo.InvariantCulture);

    public static string Kk() => "351015" + "150620" + Interlocked.Increment(ref _serial).ToString("0000", CultureInfo.InvariantCulture);

    public static object Member(string nik, string name, string birth, string sex, string relationship) =>
        new { nik, name, birthPlace = "Banyuwangi", birthDate = birth, sex, relationship, occupation = "Petani", disability = "None" };

    public static object Household(string kk, string village, object[] members, object? consent = null) => new
    {
        kkNumber = kk,
        villageCode = village,
        rt = "1",
        rw = "2",
        address = "Dusun Krajan",
        welfareDecile = "2",
        monthlyIncome = "900.000",
        floorMaterial = "Earth",
        wallMaterial = "Bamboo",
        roofMaterial = "ClayTile",
        floorArea = "30",
        electricityVa = "450",
        motorcycles = "1",
        members,
        consent = consent ?? new { given = true, method = "SignedForm" },
    };

    public static async Task<HttpClient> SignedInAsync(this PamongApp app, string user)
    {
        var client = app.Browser();
        await client.SignInAsync(user);
        return client;
    }

    public static async Task<JsonElement> UploadAsync(this HttpClient client, string kind, string mode, string fileName, byte[] content, bool preview = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        form.Add(new StringContent(mode), "mode");
        form.Add(new StringContent(preview ? "true" : "false"), "preview");
        var response = await client.PostAsync("/api/v1/perlinsos/imports", form);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var job = await response.JsonAsync();
        return await client.WaitAsync("/api/v1/perlinsos/imports/" + job.GetProperty("id").GetInt32());
    }

    /// <summary>Polls a job until it is done or waiting for confirmation.</summary>
    public static async Task<JsonElement> WaitAsync(this HttpClient client, string url)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await (await client.GetAsync(url)).JsonAsync();
            if (job.GetProperty("status").GetString() is "Succeeded" or "Failed" or "Checked" or "Cancelled")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(url);
    }

    public static async Task<JsonElement> RunQualityPassAsync(this PamongApp app)
    {
        var opd = await app.SignedInAsync("opd");
        var started = await opd.PostAsync("/api/v1/perlinsos/quality-passes", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await opd.WaitAsync("/api/v1/perlinsos/quality-passes/" + (await started.JsonAsync()).GetProperty("id").GetInt32());
        Assert.True(job.GetProperty("status").GetString() == "Succeeded", job.ToString());
        return job;
    }

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    public const string HouseholdHeader = "no_kk,kode_desa,rt,rw,alamat,desil,penghasilan_bulanan,daya_listrik,nik,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,hubungan_keluarga,pekerjaan";

    public static string Row(string kk, string village, string nik, string name, string birth, string sex, string relationship, string electricity = "450") =>
        $"{kk},{village},1,1,Dusun Krajan,2,800000,{electricity},{nik},{name},Banyuwangi,{birth},{sex},{relationship},Petani";
}
