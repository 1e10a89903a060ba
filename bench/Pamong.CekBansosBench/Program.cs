using Pamong.CekBansosBench;

// dotnet run -c Release --project bench/Pamong.CekBansosBench -- generate "Host=...;Database=..." 10000000 sample.tsv
// dotnet run -c Release --project bench/Pamong.CekBansosBench -- load http://127.0.0.1:5107 sample.tsv 64 30
return args.FirstOrDefault() switch
{
    "generate" when args.Length >= 4 => await Generator.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3]),
    "load" when args.Length >= 5 => await LoadGenerator.RunAsync(new Uri(args[1]), args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate CONNECTION PERSONS SAMPLE.tsv | load BASE-URL SAMPLE.tsv CONCURRENCY SECONDS");
    return 2;
}
